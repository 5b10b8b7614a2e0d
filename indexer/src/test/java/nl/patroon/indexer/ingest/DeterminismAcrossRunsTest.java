package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.detect.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same case gives the same suggestions in every run, also across JVMs: each ingest runs in a process of its
 * own, so an order that depends on something a JVM picks at start (such as the salted iteration order of
 * {@code Set.copyOf}) shows up as a difference here, which a second run inside one JVM would never show.
 */
class DeterminismAcrossRunsTest {
    private static final Path SAMPLE = Path.of("..", "samples", "zaak-demo");

    @TempDir
    Path tmp;

    @Test
    void two_processes_ingesting_the_sample_case_make_the_same_suggestions() throws Exception {
        List<String> first = suggestions(ingestInOwnProcess("een"));
        List<String> second = suggestions(ingestInOwnProcess("twee"));

        assertThat(first).hasSizeGreaterThan(50).isEqualTo(second);
    }

    private Path ingestInOwnProcess(String name) throws Exception {
        Path dir = tmp.resolve(name);
        CaseWorkspace.create(dir, new Parketnummer("10/123456-24"), "Test", Clock.systemUTC(), "t").close();
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), IngestMain.class.getName(), dir.toString(),
                SAMPLE.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".out").toFile())
                .start();
        assertThat(p.waitFor()).as(Files.readString(tmp.resolve(name + ".out"))).isIn(0, 3);
        return dir;
    }

    private static List<String> suggestions(Path caseDir) throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.open(caseDir, Clock.systemUTC(), "t")) {
            return ws.suggestions().all().stream().map(DeterminismAcrossRunsTest::describe).toList();
        }
    }

    private static String describe(Suggestion s) {
        return s.passageId() + " " + s.category() + " " + s.ruleId() + " " + s.start() + "-" + s.end() + " "
                + s.confidence();
    }
}
