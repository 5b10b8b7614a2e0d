package nl.patroon.indexer.ingest;

import java.nio.file.Path;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.isolation.ParseRequest;
import nl.patroon.indexer.isolation.WorkerOutcome;
import nl.patroon.indexer.isolation.WorkerPool;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/**
 * The read stage: an item's {@link Source} run over its stored original, in a {@link WorkerPool worker process} (a
 * hostile file can kill a worker, never the batch), or here for trusted sources ({@link IngestOptions#runsInProcess}).
 * Whatever goes wrong is a result, never an exception. Thread-safe.
 */
final class Reading {
    private final SourceContext context;
    private final IngestOptions options;
    private final WorkerPool pool;

    Reading(SourceContext context, IngestOptions options, WorkerPool pool) {
        this.context = context;
        this.options = options;
        this.pool = pool;
    }

    /** Whether this item is read in a worker process (else in this one). */
    boolean readsInWorker(Source source, SourceInput input) {
        return !options.runsInProcess(source.name(), input.evidence().size());
    }

    /** Reads the item in a worker; a worker the item killed or hung twice is a failed read, with the reason. */
    SourceResult inWorker(Source source, SourceInput input) throws InterruptedException {
        return pool.read(request(source, input)).asRead();
    }

    /** Reads the item in a worker that also writes its parts into {@code dir}, from the same parse. */
    WorkerOutcome inWorkerWithParts(Source source, SourceInput input, Path dir) throws InterruptedException {
        return pool.read(request(source, input).withParts(dir.toString()));
    }

    /** Reads the item in this process (a trusted source, or an ingest without isolation). */
    SourceResult here(Source source, SourceInput input) {
        try {
            return source.read(input, context);
        } catch (Exception | StackOverflowError e) {
            return new SourceResult.Failed("lezen mislukt (" + source.name() + "): " + TikaExtraction.rootMessage(e));
        }
    }

    private ParseRequest request(Source source, SourceInput input) {
        return new ParseRequest(input.file().toString(), input.evidence(), input.mediaType(), source.name(),
                context.zone().getId(), context.ocr(), context.passwords());
    }
}
