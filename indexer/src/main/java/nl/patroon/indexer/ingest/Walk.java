package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.store.EvidenceStore;
import nl.patroon.core.evidence.StoredOriginal;

/**
 * The walk: every item, top-level file or container member, taken through the stages in walk order on the calling
 * thread (replay of an interrupted run, admission, containers), its read handed to the reader threads, and its end
 * queued in walk order. It is the {@link Containers.Members sink} containers hand their members to.
 */
final class Walk implements Intake.Walker, Containers.Members {
    private final Resume resume;
    private final Admission admission;
    private final Containers containers;
    private final SourceRegistry sources;
    private final ItemReads reads;
    private final ExecutorService readers;
    private final EvidenceStore store;
    private final WalkOrder order;

    Walk(Resume resume, Admission admission, Containers containers, SourceRegistry sources, ItemReads reads,
         ExecutorService readers, EvidenceStore store, WalkOrder order) {
        this.resume = resume;
        this.admission = admission;
        this.containers = containers;
        this.sources = sources;
        this.reads = reads;
        this.readers = readers;
        this.store = store;
        this.order = order;
    }

    /** Whether the walk will store this file (not replayed from an interrupted run, not a refused path). */
    boolean needsStoring(InputFile f) {
        return f.problem() == null && !resume.accountedFor(f.display());
    }

    @Override
    public void topLevel(InputFile f, Intake.Prepared prepared) throws IOException {
        if (replayed(f.display())) {
            return;
        }
        if (f.problem() != null) {
            order.add(ItemEnd.accounted(new IngestOutcome(f.display(), null, f.problem().state(),
                    f.problem().reason(), null, 0), f.size()));
            return;
        }
        if (prepared.failure() != null) {
            order.add(ItemEnd.accounted(new IngestOutcome(f.display(), null, IngestState.FAILED, prepared.failure(),
                    null, 0), f.size()));
            return;
        }
        stored(prepared.original(), f.display(), f.path().getFileName().toString(), prepared.modified(), null, 0,
                prepared.mediaType(), prepared.head(), prepared.custody());
    }

    @Override
    public void member(String display, String name, InputStream in, String parentId, int depth) throws IOException {
        StoredOriginal original = store.put(in);
        stored(original, display, name, null, parentId, depth, null, null, null);
    }

    @Override
    public void unreadable(String display, String reason) throws IOException {
        if (!replayed(display)) {
            order.add(ItemEnd.accounted(new IngestOutcome(display, null, IngestState.FAILED, reason, null, 0), 0));
        }
    }

    /**
     * A stored original: admitted (or a duplicate), typed unless intake typed it already, split if it is a container,
     * and handed to a reader thread to be read by its source.
     *
     * @param detectedType the media type intake found, or null
     * @param knownHead    the first bytes intake read, or null
     * @param custody      the original's file-system timestamps (top-level files), or null
     */
    private void stored(StoredOriginal original, String display, String name, Instant modified, String parentId,
                        int depth, String detectedType, byte[] knownHead, Map<String, String> custody)
            throws IOException {
        if (replayed(display)) {
            return;
        }
        Admission.Admitted admitted = admission.admit(original, display, name, modified, parentId, custody);
        if (admitted instanceof Admission.Duplicate d) {
            order.add(ItemEnd.accounted(d.outcome(), original.size()));
            return;
        }
        Evidence evidence = ((Admission.Admit) admitted).evidence();
        String mediaType = detectedType != null ? detectedType : TikaExtraction.get().detect(original.file(), name);
        if (Containers.isArchive(mediaType)) {
            Containers.ArchiveEnd end = containers.expandArchive(original.file(), mediaType, evidence.id(), display,
                    name, depth, this);
            order.add(ItemEnd.of(evidence, display, mediaType, end.state(), end.reason(), SourceKind.ARCHIVE, 0,
                    List.of()));
            return;
        }
        SourceInput input = new SourceInput(original.file(), evidence, mediaType,
                knownHead != null ? knownHead : Intake.head(original.file()));
        Optional<Source> source = sources.sourceFor(input);
        // An Outlook message split in a worker: read already, with its attachments.
        SourceResult known = containers.expandEmail(input, display, name, depth, source.orElse(null), this);
        if (source.isEmpty()) {
            order.add(ItemEnd.of(evidence, display, mediaType, IngestState.SKIPPED, "geen lezer voor " + mediaType,
                    null, 0, List.of()));
            return;
        }
        Source s = source.get();
        order.add(readers.submit(() -> reads.read(s, input, display, known)));
    }

    /** Replays what an interrupted run of the same command already accounted for; false when it is still to do. */
    private boolean replayed(String display) throws IOException {
        List<IngestOutcome> done = resume.replay(display);
        for (IngestOutcome o : done) {
            admission.replayed(o);
            order.add(ItemEnd.accounted(o, 0));
        }
        return !done.isEmpty();
    }
}
