package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.patroon.app.export.ExportTimeline;
import nl.patroon.app.review.Review;
import nl.patroon.app.review.ReviewQueue;
import nl.patroon.core.json.Json;
import nl.patroon.shell.command.DemoCommand;
import nl.patroon.shell.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 21, acceptance 2: a real terminal (tmux) runs {@code patroon beoordeel} on the sample case and a person's
 * keys are sent to it: confirm two suggestions into one incident, reject one with a reason, confirm a fourth and
 * undo that. The audit log and the case's review state then show exactly that. Skipped, saying so, where tmux is
 * not installed (.ci/run installs it).
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
class ReviewLoopTerminalTest {
    static final Path SAMPLE = Path.of("..", "samples", "zaak-demo");
    final String socket = "patroon-review-test-" + ProcessHandle.current().pid();

    @Autowired
    DemoCommand demo;
    @Autowired
    ReviewQueue queue;
    @Autowired
    Review review;
    @Autowired
    ExportTimeline export;

    @TempDir
    Path tmp;

    static boolean tmuxInstalled() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", "review", "-S", "-3000");
    }

    void waitFor(String text) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (screen().contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(screen()).contains(text);
    }

    void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "review"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (tmuxInstalled()) {
            tmux("kill-server");
        }
    }

    @Test
    void a_short_review_session_in_a_terminal_is_exactly_what_the_audit_log_and_the_case_record() throws Exception {
        assumeTrue(tmuxInstalled(), "tmux is not installed: the terminal test of the review loop is skipped"
                + " (.ci/run installs it with apt-get)");
        Messages.use("nl");
        Path dir = tmp.resolve("demo-zaak");
        demo.demo(dir.toString(), SAMPLE.toString());
        List<String> ids = queue.open(dir, null).stream().map(i -> i.suggestion().id()).limit(4).toList();
        assertThat(ids).hasSize(4);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", "PATROON_LANG=nl", "NO_COLOR=1", quote(java), "-cp",
                quote(System.getProperty("java.class.path")), "-Duser.home=" + quote(tmp.toString()),
                "nl.patroon.shell.PatroonApplication", "beoordeel", "--case", quote(dir.toString()),
                "--user", "tester", "; echo EINDE-$?; sleep 60");
        // Through a script: the class path is longer than tmux takes on its command line.
        Path script = tmp.resolve("review.sh");
        Files.writeString(script, command + "\n");
        tmux("new-session", "-d", "-s", "review", "-x", "220", "-y", "60", "bash " + quote(script.toString()));

        waitFor("[1/");
        keys("b");
        waitFor(ids.get(0) + " bevestigd in incident ");
        String incident = incidentOf(screen(), ids.get(0));
        keys("i");
        waitFor(ids.get(1) + " bevestigd in incident " + incident);
        keys("a");
        waitFor("Reden van afwijzen");
        keys("1", "Enter");
        waitFor(ids.get(2) + " afgewezen: grap of ironie");
        keys("i");
        waitFor(ids.get(3) + " bevestigd in incident " + incident);
        keys("u");
        waitFor("Ongedaan gemaakt: " + ids.get(3));
        keys("q");
        waitFor("EINDE-0");
        assertThat(screen()).contains("Klaar: 5 besluiten vastgelegd");

        List<JsonNode> audit = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("audit.log"))) {
            JsonNode n = Json.mapper().readTree(line);
            if (n.path("action").asText().startsWith("review.")) {
                audit.add(n);
            }
        }
        assertThat(audit).extracting(n -> n.path("action").asText())
                .containsExactly("review.confirm", "review.confirm", "review.reject", "review.confirm", "review.undo");
        assertThat(audit).allSatisfy(n -> assertThat(n.toString()).contains("tester"));
        assertThat(audit.get(2).toString()).contains(ids.get(2)).contains("grap of ironie");
        assertThat(audit.get(4).toString()).contains(ids.get(3));

        // The case now holds exactly that: two confirmed into one incident, one rejected, the fourth open again.
        var states = review.list(new Review.ListRequest(dir, null, 100_000)).items();
        assertThat(states).extracting(i -> i.suggestion().id()).contains(ids.get(3)).doesNotContain(ids.get(0),
                ids.get(1), ids.get(2));
        // What the reviewer saw, kept for a person to read (target/review-loop-screen.txt).
        Files.writeString(Path.of("target", "review-loop-screen.txt"), screen());

        // The export says the same: two confirmed, the rejected one left out of the timeline, the fourth open.
        Path json = export.run(new ExportTimeline.Request(dir, ExportTimeline.Format.JSON, null)).file();
        Map<String, String> exported = new HashMap<>();
        for (JsonNode n : Json.mapper().readTree(json.toFile()).findParents("state")) {
            if (n.path("id").asText().startsWith("S-")) {
                exported.put(n.path("id").asText(), n.path("state").asText().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(exported).containsEntry(ids.get(0), "confirmed").containsEntry(ids.get(1), "confirmed")
                .containsEntry(ids.get(3), "open");
        assertThat(exported.get(ids.get(2))).isIn(null, "rejected");
    }

    static String incidentOf(String screen, String id) {
        int at = screen.indexOf(id + " bevestigd in incident ");
        String rest = screen.substring(at + (id + " bevestigd in incident ").length());
        return rest.substring(0, rest.indexOf('.'));
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
