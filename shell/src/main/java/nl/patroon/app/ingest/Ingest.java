package nl.patroon.app.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.problem.Problem;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.ingest.ArchiveLimits;
import nl.patroon.indexer.ingest.IngestListener;
import nl.patroon.indexer.ingest.IngestOptions;
import nl.patroon.indexer.ingest.IngestReports;
import nl.patroon.indexer.ingest.IngestRunner;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;

/**
 * Takes files, folders and archives into a case: hash, store, read, attribute, detect, index, and a report of
 * every file's end state. A re-run of the same request resumes an interrupted one.
 */
public final class Ingest {

    /** Hears of the ingest's progress (a progress line); called from the ingest's threads. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** Once the inputs are walked: how many top-level files and bytes there are. */
        default void started(int files, long bytes) {
        }

        /** For every file (archive members too) once its end state is known. */
        default void finished(IngestOutcome outcome, long bytes) {
        }
    }

    /**
     * @param threads        files at a time; null or 0 for one per processor core
     * @param timeoutSeconds per file, after which its worker is stopped; null for the default
     * @param workerMemoryMb memory limit per worker process; null for the default
     * @param passwords      known passwords for encrypted items, tried in order, never written anywhere
     */
    public record Request(Path caseRoot, List<Path> inputs, boolean ocr, Integer threads, Integer timeoutSeconds,
                          Integer workerMemoryMb, List<String> passwords, Progress progress) {
        public Request {
            if (inputs == null || inputs.isEmpty()) {
                throw Problem.of("ingest.nothing").exception();
            }
            if (threads != null && threads < 0 || timeoutSeconds != null && timeoutSeconds <= 0
                    || workerMemoryMb != null && workerMemoryMb < 64) {
                throw Problem.of("ingest.limits").exception();
            }
            inputs = List.copyOf(inputs);
            passwords = passwords == null ? List.of() : List.copyOf(passwords);
            progress = progress == null ? Progress.NONE : progress;
        }

        /** The default limits, OCR on, no passwords. */
        public static Request of(Path caseRoot, List<Path> inputs, Progress progress) {
            return new Request(caseRoot, inputs, true, null, null, null, List.of(), progress);
        }
    }

    /** The report, where it was written (JSON and CSV), and the end states counted per media type. */
    public record Result(IngestReport report, Path reportJson, Path reportCsv,
                         Map<String, Map<String, Long>> byMediaType) {
    }

    private final Adapters adapters;

    public Ingest(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            SourceContext context = new SourceContext(ZoneId.of(ws.caseFile().timeZone()), request.ocr(),
                    request.passwords());
            // Compiling the rules and loading Tika's parsers are independent and each take a while: side by side.
            CompletableFuture<RuleDetector> rules =
                    CompletableFuture.supplyAsync(() -> adapters.rulesForCase(ws.root()));
            SourceRegistry sources = SourceRegistry.discover();
            RuleDetector detector;
            try {
                detector = rules.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e; // a rule-file mistake keeps its message
            }
            IngestRunner runner = new IngestRunner(ws, sources, detector, context, listener(request.progress()),
                    adapters.settings().clock(), ArchiveLimits.DEFAULT, options(request));
            java.time.Instant started = adapters.settings().clock().instant();
            IngestReport report = runner.run(request.inputs());
            Path json = ws.exportsDir().resolve(IngestReports.JSON);
            RunReports.Kept kept = RunReports.keep(ws.exportsDir(), json, json.resolveSibling(IngestReports.CSV),
                    started);
            return new Result(report, kept.json(), kept.csv(),
                    IngestReports.byMediaType(report, IngestReports.mediaTypes(ws.evidence())));
        }
    }

    private static IngestOptions options(Request r) {
        IngestOptions o = IngestOptions.fromSystemProperties();
        if (r.threads() != null && r.threads() > 0) {
            o = o.withThreads(r.threads());
        }
        if (r.timeoutSeconds() != null) {
            o = o.withTimeout(Duration.ofSeconds(r.timeoutSeconds()));
        }
        if (r.workerMemoryMb() != null) {
            o = o.withWorkerHeapMb(r.workerMemoryMb());
        }
        return o;
    }

    private static IngestListener listener(Progress progress) {
        return new IngestListener() {
            @Override
            public void started(int files, long bytes) {
                progress.started(files, bytes);
            }

            @Override
            public void finished(IngestOutcome outcome, long bytes) {
                progress.finished(outcome, bytes);
            }
        };
    }
}
