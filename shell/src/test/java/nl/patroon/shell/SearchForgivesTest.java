package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.Shell;
import org.springframework.shell.context.ShellContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 21, search that forgives, run as {@code patroon search …} on a case with the sample WhatsApp chat: what
 * the Lucene parser refused, or misread, is searched as meant; results name the mapped party.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
@Import(NonInteractive.CapturedTerminal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchForgivesTest {
    static final Path CHAT = Path.of("..", "samples", "zaak-demo", "04-whatsapp-mark-android.txt");

    @Autowired
    Shell shell;
    @Autowired
    ShellContext context;
    @Autowired
    CaseSession session;

    Path caseDir;

    NonInteractive.Run run(String... args) {
        return NonInteractive.run(shell, context, args);
    }

    @BeforeAll
    void aCaseWithTheChat() throws Exception {
        Messages.use("nl");
        caseDir = Files.createTempDirectory("patroon-search").resolve("zaak-zoek");
        String dir = caseDir.toString();
        assertThat(run("zaak", "nieuw", dir, "--parket", "10/123456-24").exit()).isZero();
        assertThat(run("partij", "toevoegen", "--case", dir, "--role", "verdachte", "--name", "Mark de Vries",
                "--alias", "Mark de Vries").exit()).isZero();
        assertThat(run("partij", "toevoegen", "--case", dir, "--role", "slachtoffer", "--name", "Sanne Jansen").exit())
                .isZero();
        NonInteractive.Run ingest = run("inlezen", "--case", dir, "--no-ocr", "--threads", "1", CHAT.toString());
        assertThat(ingest.exit()).as(ingest.screen()).isZero();
    }

    @BeforeEach
    void noCaseChosen() {
        Messages.use("nl");
        ReflectionTestUtils.setField(session, "current", null);
    }

    @Test
    void a_lone_quote_is_closed_and_the_case_option_after_it_is_kept() {
        NonInteractive.Run r = run("search", "--case", caseDir.toString(), "\"neem chips");
        assertThat(r.exit()).as(r.screen()).isZero();
        assertThat(r.lines().get(0)).isEqualTo("Zaak zaak-zoek (" + caseDir + ")");
        assertThat(r.screen()).contains("Het aanhalingsteken was niet gesloten; gezocht op \"neem chips\".")
                .contains("1 treffer voor").contains("«neem chips» mee");
    }

    @Test
    void a_leading_wildcard_is_allowed() {
        NonInteractive.Run r = run("search", "--case", caseDir.toString(), "*hips");
        assertThat(r.exit()).as(r.screen()).isZero();
        assertThat(r.screen()).contains("«chips»").doesNotContain("Zoekvraag niet begrepen");
    }

    @Test
    void phrase_is_a_flag_and_true_after_it_is_not_a_search_word() {
        NonInteractive.Run r = run("search", "--case", caseDir.toString(), "--phrase", "true", "neem", "chips");
        assertThat(r.exit()).as(r.screen()).isZero();
        assertThat(r.screen()).contains("1 treffer voor \"neem chips\"");
    }

    @Test
    void the_author_is_shown_as_the_party_once_mapped() {
        String dir = caseDir.toString();
        assertThat(run("search", "--case", dir, "bijna").screen()).contains("Sanne ❤️");
        NonInteractive.Run map = run("partij", "koppel", "--case", dir, "--author", "Sanne ❤️", "--party", "P-02");
        assertThat(map.screen()).containsPattern("\\d+ passages van \"Sanne ❤️\" gekoppeld aan P-02 Sanne Jansen");
        NonInteractive.Run after = run("search", "--case", dir, "bijna");
        assertThat(after.screen()).contains("Sanne Jansen (P-02)").doesNotContain("Sanne ❤️");
    }

    @Test
    void each_run_keeps_its_ingest_report() {
        assertThat(caseDir.resolve("exports/ingest/latest/ingest-report.json")).isRegularFile();
        try (var runs = Files.list(caseDir.resolve("exports/ingest"))) {
            assertThat(runs.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
