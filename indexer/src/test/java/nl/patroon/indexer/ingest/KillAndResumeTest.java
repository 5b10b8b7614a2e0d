package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.json.Json;
import nl.patroon.indexer.fixtures.SampleCase;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.isolation.HostileTestSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: the ingest process is killed with SIGKILL mid-run, the same command is run again, and the case
 * ends exactly as after an uninterrupted run: same passages, same report (timings aside), and files that were
 * accounted for before the kill are not read again.
 */
class KillAndResumeTest {
    private static final int CHATS = 300;
    private static final int SLOW = CHATS / 2;

    @TempDir
    Path tmp;

    @Test
    void a_run_killed_mid_way_and_resumed_ends_like_an_uninterrupted_run() throws Exception {
        Path input = corpus(tmp.resolve("beslag"));
        Path parseLog = tmp.resolve("parse.log");

        Path killedCase = newCase("gedood");
        Process first = ingest(killedCase, input, parseLog);
        Path audit = killedCase.resolve("audit.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (fileLines(audit) < 1 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the kill must land mid-run").isTrue();
        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
        first.waitFor();
        String auditAtKill = Files.readString(audit, StandardCharsets.UTF_8);
        int parsedBeforeKill = Files.exists(parseLog) ? Files.readAllLines(parseLog).size() : 0;
        assertThat(auditAtKill).doesNotContain("ingest.end");

        assertThat(ingest(killedCase, input, parseLog).waitFor()).isEqualTo(0);

        Path cleanCase = newCase("ongestoord");
        assertThat(ingest(cleanCase, input, tmp.resolve("parse-clean.log")).waitFor()).isEqualTo(0);

        assertThat(passages(killedCase)).isEqualTo(passages(cleanCase)).isGreaterThan(CHATS * 4);
        assertThat(withoutTimings(killedCase)).isEqualTo(withoutTimings(cleanCase));
        assertThat(Files.readString(killedCase.resolve("exports/ingest-report.csv")))
                .isEqualTo(Files.readString(cleanCase.resolve("exports/ingest-report.csv")));

        // What was journalled before the kill was not read again.
        List<String> all = Files.readAllLines(parseLog);
        List<String> readAfterKill = all.subList(parsedBeforeKill, all.size());
        Set<String> committedBeforeKill = auditAtKill.lines().filter(l -> l.contains("ingest.file"))
                .map(l -> l.replaceAll(".*/(chat-\\d+-slow-\\d+\\.slow).*", "$1")).filter(n -> n.endsWith(".slow"))
                .collect(Collectors.toSet());
        assertThat(committedBeforeKill).isNotEmpty();
        assertThat(readAfterKill).doesNotContainAnyElementsOf(committedBeforeKill);
        Map<String, Integer> reads = new HashMap<>();
        all.forEach(n -> reads.merge(n, 1, Integer::sum));
        // every slow file read; only those in flight at the kill were read twice
        assertThat(reads).hasSize(SLOW).allSatisfy((name, times) -> assertThat(times).isBetween(1, 2));
    }

    private Path newCase(String name) throws Exception {
        Path dir = tmp.resolve(name);
        CaseWorkspace.create(dir, new Parketnummer("10/123456-24"), "Test", Clock.systemUTC(), "t").close();
        return dir;
    }

    /** Chat exports (read in-process) interleaved with slow files (read in workers), and a few duplicates. */
    private static Path corpus(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < CHATS; i++) {
            String chat = SampleCase.CHAT.replace("ik ben bang", "ik ben bang (" + i + ")");
            Files.writeString(dir.resolve(String.format("chat-%04d.txt", i)), chat, StandardCharsets.UTF_8);
            if (i % 2 == 0) {
                Files.writeString(dir.resolve(String.format("chat-%04d-slow-%03d.slow", i, i / 2)),
                        "trage tekst " + i, StandardCharsets.UTF_8);
            }
        }
        Files.writeString(dir.resolve("zz-kopie.txt"), SampleCase.CHAT.replace("ik ben bang", "ik ben bang (7)"));
        return dir;
    }

    private static Process ingest(Path caseDir, Path input, Path parseLog) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-Dpatroon.commit.files=256",
                "-cp", System.getProperty("java.class.path"), IngestMain.class.getName(), caseDir.toString(),
                input.toString()).redirectErrorStream(true).redirectOutput(caseDir.resolveSibling(
                caseDir.getFileName() + ".out").toFile());
        pb.environment().put(HostileTestSource.PARSE_LOG, parseLog.toString());
        return pb.start();
    }

    private static long fileLines(Path f) throws Exception {
        try (var lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("ingest.file")).count();
        }
    }

    private static int passages(Path caseDir) throws Exception {
        try (PassageSearcher s = new PassageSearcher(caseDir.resolve("index"))) {
            return s.passageCount();
        }
    }

    private static JsonNode withoutTimings(Path caseDir) throws Exception {
        ObjectNode report = (ObjectNode) Json.mapper().readTree(caseDir.resolve("exports/ingest-report.json").toFile());
        report.remove(new ArrayList<>(List.of("startedAt", "millis")));
        return report;
    }
}
