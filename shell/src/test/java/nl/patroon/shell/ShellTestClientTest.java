package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import nl.patroon.shell.support.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.AutoConfigureShell;
import org.springframework.shell.test.autoconfigure.AutoConfigureShellTestClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 21, acceptance 1: Spring Shell's own test client drives the commands on a virtual terminal, as a person
 * would type them into the interactive shell and as {@code patroon <command>} runs them.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false",
        "spring.shell.test.terminal-width=300", "spring.shell.test.terminal-height=200"})
@AutoConfigureShell
@AutoConfigureShellTestClient
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ShellTestClientTest {
    @Autowired
    ShellTestClient client;

    @TempDir
    Path tmp;

    @BeforeEach
    void dutch() {
        Messages.use("nl");
    }

    static void await(Supplier<ShellScreen> screen, String text) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            if (String.join("\n", screen.get().lines()).contains(text)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(String.join("\n", screen.get().lines())).contains(text);
    }

    @Test
    void interactively_a_case_is_made_and_stays_the_sessions_case_and_a_slip_gets_a_suggestion() throws Exception {
        ShellTestClient.InteractiveShellSession session = client.interactive().run();
        await(session::screen, "patroon [");
        Path dir = tmp.resolve("zaak-interactief");
        session.write(session.writeSequence().text("zaak nieuw " + dir + " --parket 10/123456-24").carriageReturn()
                .build());
        await(session::screen, "Zaak 10/123456-24 aangemaakt");
        // The prompt now names the case, and a command without --case works on it.
        await(session::screen, "patroon [zaak-interactief]>");
        session.write(session.writeSequence().text("partij lijst").carriageReturn().build());
        await(session::screen, "Nog geen partijen.");
        await(session::screen, "Zaak zaak-interactief (" + dir + ")");
        session.write(session.writeSequence().text("partij lijts").carriageReturn().build());
        await(session::screen, "Bedoelde u 'partij lijst'?");
        assertThat(Files.isRegularFile(dir.resolve("case.json"))).isTrue();
    }

    @Test
    void non_interactively_help_is_in_dutch_and_help_works_on_a_command() {
        ShellTestClient.NonInteractiveShellSession session = client.nonInterative("search", "--help").run();
        await(session::screen, "zoek (search) — Zoek in de passages");
        await(session::screen, "--limit, --max");
        await(session::screen, "Algemene opties: --lang en");
    }

    @Test
    void non_interactively_the_overview_lists_every_command_in_its_group() {
        ShellTestClient.NonInteractiveShellSession session = client.nonInterative("help").run();
        await(session::screen, "Patroon — opdrachten.");
        await(session::screen, "inlezen (ingest)");
        await(session::screen, "Onderzoek");
    }
}
