package nl.patroon.indexer.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;

/** Test helper: the real ingest in a process of its own, so a test can kill it. Args: case folder, input. */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.open(Path.of(args[0]), Clock.systemUTC(), "t")) {
            IngestReport report = new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC(),
                    ArchiveLimits.DEFAULT, IngestOptions.fromSystemProperties().withThreads(2)).run(List.of(Path.of(args[1])));
            System.exit(report.anyFailed() ? 3 : 0);
        }
    }
}
