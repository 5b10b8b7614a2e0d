package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/**
 * What happens to one item on a reader thread: read (the read stage), attribute, detect ({@link EvidenceDetection}) and
 * index. Twice as many reader threads as workers run these: while one reader detects and indexes what its worker
 * returned, another hands that worker the next file, so worker processes never wait for the ingest process. The
 * in-process part (chat parsing, attribution, detection, indexing) is held to {@code threads} readers at a time.
 */
final class ItemReads {
    private final Reading reading;
    private final Attribution attribution;
    private final EvidenceDetection detection;
    private final PassageIndexWriter writer;
    private final Semaphore inProcess;

    ItemReads(Reading reading, Attribution attribution, EvidenceDetection detection, PassageIndexWriter writer,
              int threads) {
        this.reading = reading;
        this.attribution = attribution;
        this.detection = detection;
        this.writer = writer;
        this.inProcess = new Semaphore(threads);
    }

    /**
     * The read itself (unless {@code known}: read already, with the item's parts), then attribution, detection and
     * indexing of its passages. The end returned holds no passages: they are indexed, not kept while it waits its turn.
     */
    ItemEnd read(Source source, SourceInput input, String display, SourceResult known) throws InterruptedException {
        SourceResult result = known != null ? known
                : reading.readsInWorker(source, input) ? reading.inWorker(source, input) : null; // null: read here
        inProcess.acquire();
        try {
            return readAndIndex(source, input, display, result);
        } finally {
            inProcess.release();
        }
    }

    private ItemEnd readAndIndex(Source source, SourceInput input, String display, SourceResult fromWorker) {
        Evidence evidence = input.evidence();
        SourceResult result = fromWorker != null ? fromWorker : reading.here(source, input);
        String mediaType = input.mediaType();
        ItemEnd end;
        EvidenceDetection.Result detected = null;
        if (result instanceof SourceResult.Read read) {
            try {
                detected = detection.detect(evidence.sha256(), read.kind(), attribution.attribute(read.passages()));
                end = ItemEnd.of(evidence, display, mediaType, IngestState.INDEXED, null, read.kind(),
                        detected.passages().size(), detected.suggestions()).withMetadata(read.metadata());
            } catch (RuntimeException | StackOverflowError e) {
                // A detector or attribution bug on one item must cost that item, not the batch.
                detected = null;
                end = ItemEnd.of(evidence, display, mediaType, IngestState.FAILED,
                        "verwerken mislukt na lezen: " + TikaExtraction.rootMessage(e), null, 0, List.of());
            }
        } else if (result instanceof SourceResult.Skipped skipped) {
            end = ItemEnd.of(evidence, display, mediaType, IngestState.SKIPPED, skipped.reason(), null, 0, List.of());
        } else {
            end = ItemEnd.of(evidence, display, mediaType, IngestState.FAILED, ((SourceResult.Failed) result).reason(),
                    null, 0, List.of());
        }
        /*
         * Indexed here, in parallel, not when applied in walk order: Lucene's writer is thread-safe and this is the
         * bulk of the work. Safe across a crash: passages may reach a Lucene commit before their item is journalled,
         * but such an item is still PENDING, so a resumed run reads it again and replaceEvidence swaps its passages
         * instead of adding to them (an empty list clears stale ones).
         */
        try {
            writer.replaceEvidence(evidence.id(), detected == null ? List.of() : detected.passages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return end;
    }
}
