package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.indexer.attribution.AuthorResolver;
import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.isolation.WorkerCommand;
import nl.patroon.indexer.isolation.WorkerPool;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.store.EvidenceStore;

/**
 * Takes files into a case: store (copy, SHA-256), deduplicate, read into passages, attribute, detect,
 * index; and accounts for every file in exactly one end state.
 *
 * <p>Durability: an item is recorded PENDING before it is read; its passages, its end state, its suggestions
 * and its audit line become durable together at a commit point (Lucene commit, then one SQLite transaction).
 * A crash loses at most the work since the last commit point, and a re-run of the same command resumes:
 * files already accounted for keep their outcome, PENDING items are read again, and their passages replace
 * any earlier ones instead of adding to them.
 *
 * <p>The stages, each a class: {@link Intake} (walk, store, type) and {@link Admission} (duplicates, evidence ids),
 * {@link Containers} (archives, e-mails, Outlook messages; members handed back to the {@link Walk}), {@link Reading}
 * (the {@code Source} SPI, in worker processes), {@link Attribution}, detection ({@link EvidenceDetection}) and
 * indexing ({@link ItemReads}), {@link CommitPoints} (Lucene commit, then the journal's SQLite transaction, audit),
 * and after the last commit {@link ChatLinking} (media to the message that sent them, screenshots to the messages they
 * show). This class composes them for one run and writes the report.
 *
 * <p>Parallelism without losing determinism: the walk, evidence ids, duplicate checks and container splitting
 * happen on the calling thread in walk order; storing and typing a top-level file (which depend on its bytes only)
 * run a few files ahead of it, and reads (with attribution and detection of their passages) in parallel; their
 * results are applied, indexed and journalled in walk order again ({@link WalkOrder}). Risky reads run in
 * {@link WorkerPool worker processes}, so a hostile file can kill a worker but never the batch.
 */
public final class IngestRunner {
    private final CaseWorkspace workspace;
    private final SourceRegistry sources;
    private final EvidenceDetection detection;
    private final SourceContext context;
    private final IngestListener listener;
    private final Clock clock;
    private final ArchiveLimits limits;
    private final IngestOptions options;

    public IngestRunner(CaseWorkspace workspace, SourceRegistry sources, Detector detector, SourceContext context,
                        IngestListener listener, Clock clock) {
        this(workspace, sources, detector, context, listener, clock, ArchiveLimits.DEFAULT);
    }

    public IngestRunner(CaseWorkspace workspace, SourceRegistry sources, Detector detector, SourceContext context,
                        IngestListener listener, Clock clock, ArchiveLimits limits) {
        this(workspace, sources, detector, context, listener, clock, limits, IngestOptions.defaults());
    }

    public IngestRunner(CaseWorkspace workspace, SourceRegistry sources, Detector detector, SourceContext context,
                        IngestListener listener, Clock clock, ArchiveLimits limits, IngestOptions options) {
        this.workspace = workspace;
        this.sources = sources;
        this.detection = new EvidenceDetection(detector, workspace.caseFile());
        this.context = context;
        this.listener = listener;
        this.clock = clock;
        this.limits = limits;
        this.options = options;
    }

    /** Runs the ingest, writes {@code exports/ingest-report.json} and {@code .csv}, and returns the report. */
    public IngestReport run(List<Path> inputs) throws IOException {
        Instant started = clock.instant();
        List<InputFile> files = InputWalker.walk(inputs);
        listener.started(files.size(), files.stream().mapToLong(InputFile::size).sum());

        String inputsKey = Sha256.hex(String.join("\n", inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        String runId = workspace.journal().openRun(inputsKey).orElse(null);
        boolean resumed = runId != null;
        if (!resumed) {
            runId = started.toString() + "/" + inputsKey.substring(0, 12);
            workspace.journal().markRunOpen(inputsKey, runId);
        }
        Resume resume = new Resume(resumed ? workspace.journal().journalOf(runId) : Map.of());
        workspace.appendAudit(resumed ? "ingest.resume" : "ingest.start",
                Map.of("run", runId, "inputs", inputs.stream().map(Path::toString).toList(),
                        "sha256Provider", Sha256.bulkProvider().getName()));

        List<IngestOutcome> outcomes = new ArrayList<>();
        EvidenceStore store = EvidenceStore.in(workspace);
        // Twice as many reader threads as workers (see ItemReads); the in-process work is held to options.threads().
        ExecutorService readers = daemonThreads(2 * options.threads(), "patroon-ingest-read");
        Intake intake = new Intake(store, options.threads());
        // Lucene's half of each commit point, beside the journal's (CommitPoints).
        ExecutorService committer = daemonThreads(1, "patroon-ingest-commit");
        try (PassageIndexWriter writer = new PassageIndexWriter(workspace.indexDir());
             WorkerPool pool = new WorkerPool(WorkerCommand.forThisJvm(options.workerHeapMb(), options.workerJvm()),
                     options.threads(), options.timeout(), options.workerHeapMb())) {
            // Only now, holding the index's write lock (one ingest per case): what an interrupted run left on its way in.
            int leftovers = store.removeLeftovers();
            if (leftovers > 0) {
                workspace.appendAudit("ingest.cleanup", Map.of("run", runId, "removed", leftovers,
                        "what", "tijdelijke bestanden van een onderbroken ingest (geen originelen)"));
            }
            CommitPoints commits = new CommitPoints(workspace, runId, writer, committer, readers, options.threads(),
                    options.commitEvery(), clock);
            WalkOrder order = new WalkOrder(options.threads() * 16, end -> {
                outcomes.add(end.outcome());
                commits.add(end);
                listener.finished(end.outcome(), end.bytes());
                commits.maybeCommit(false);
            });
            Reading reading = new Reading(context, options, pool);
            ItemReads reads = new ItemReads(reading, new Attribution(new AuthorResolver(workspace.caseFile().parties())),
                    detection, writer, options.threads());
            Walk walk = new Walk(resume, new Admission(workspace.evidence(), clock, System.getProperty("user.name")),
                    new Containers(limits, store, reading), sources, reads, readers, store, order);
            intake.walk(files, walk::needsStoring, walk);
            order.drain(true);
            commits.maybeCommit(true); // the last commit point: every read is done
        } finally {
            readers.shutdownNow();
            intake.close();
            committer.shutdownNow();
        }
        link(runId, outcomes);
        IngestReport report = new IngestReport(workspace.caseFile().parketnummer(), started.toString(),
                clock.millis() - started.toEpochMilli(), outcomes);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run", runId);
        report.totals().forEach((state, n) -> summary.put(state.code(), n));
        workspace.appendAudit("ingest.end", summary);
        workspace.journal().markRunClosed(inputsKey);
        workspace.flushAudit();
        IngestReports.write(workspace.exportsDir(), report, IngestReports.mediaTypes(workspace.evidence()));
        return report;
    }

    /**
     * The linking stage ({@link ChatLinking}), once every item is committed. A link that cannot be made costs the link,
     * not the run: the items themselves are in the case already.
     */
    private void link(String runId, List<IngestOutcome> outcomes) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("run", runId);
        try {
            ChatLinking.Summary linked = ChatLinking.run(workspace, context.zone(), outcomes);
            line.put("media", linked.media());
            line.put("mediaMissing", linked.missing());
            line.put("screenshotMessages", linked.screenshotMessages());
        } catch (IOException | RuntimeException e) {
            line.put("failed", "koppelen mislukt: " + nl.patroon.indexer.extract.TikaExtraction.rootMessage(e));
        }
        workspace.appendAudit("ingest.links", line);
    }

    private static ExecutorService daemonThreads(int n, String name) {
        return Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
