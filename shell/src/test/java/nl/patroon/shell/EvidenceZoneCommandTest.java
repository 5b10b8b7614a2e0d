package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.indexer.index.PassageSearcher;
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

/** {@code evidence zone --case C E-id --zone Z}, as typed: the item named by position, the zone checked. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
@Import(NonInteractive.CapturedTerminal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceZoneCommandTest {
    Path caseDir;

    @Autowired
    Shell shell;
    @Autowired
    ShellContext context;
    @Autowired
    CaseSession session;
    @Autowired
    CreateCase createCase;
    @Autowired
    Ingest ingest;

    @BeforeAll
    void aCaseWithAChat() throws Exception {
        Path tmp = Files.createTempDirectory("patroon-zone");
        caseDir = tmp.resolve("zaak");
        createCase.run(new CreateCase.Request(caseDir, new Parketnummer("10/123456-24"), "zone"));
        Path chat = Files.writeString(tmp.resolve("WhatsApp-chat met Mark.txt"),
                "08-06-2024 23:40 - Mark Jansen: Ik weet waar je bent.\n");
        ingest.run(Ingest.Request.of(caseDir, List.of(chat), Ingest.Progress.NONE));
    }

    @BeforeEach
    void dutch() {
        Messages.use("nl");
        ReflectionTestUtils.setField(session, "current", null);
    }

    private Instant firstTime() throws Exception {
        try (PassageSearcher s = new PassageSearcher(caseDir.resolve("index"))) {
            return s.passagesOf("E-0001").get(0).passage().time().start().toInstant();
        }
    }

    @Test
    void aZoneThatIsNoIanaNameIsOneDutchLineWithAnExampleAndExitCode2AndChangesNothing() throws Exception {
        NonInteractive.Run run = NonInteractive.run(shell, context,
                "evidence", "zone", "--case", caseDir.toString(), "E-0001", "--zone", "+02:00");

        assertThat(run.lines()).containsExactly("Fout: Onbekende tijdzone '+02:00': geef een IANA-naam, bijvoorbeeld"
                + " --zone Europe/Amsterdam of --zone America/Curacao.");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(firstTime()).isEqualTo(Instant.parse("2024-06-08T21:40:00Z"));
    }

    @Test
    void theDutchCommandSetsTheZoneOfTheItemNamedByPositionAndDatesItAgain() throws Exception {
        NonInteractive.Run run = NonInteractive.run(shell, context,
                "bewijs", "tijdzone", "--zaak", caseDir.toString(), "E-0001", "--tijdzone", "America/Curacao");

        assertThat(run.exit()).isZero();
        assertThat(run.screen()).contains("E-0001 staat nu in tijdzone America/Curacao (was Europe/Amsterdam): "
                + "1 passage opnieuw gedateerd, 1 met een tijd");
        assertThat(firstTime()).isEqualTo(Instant.parse("2024-06-09T03:40:00Z"));

        NonInteractive.Run back = NonInteractive.run(shell, context,
                "evidence", "zone", "--case", caseDir.toString(), "E-0001", "--zone", "Europe/Amsterdam");
        assertThat(back.exit()).isZero();
        assertThat(firstTime()).isEqualTo(Instant.parse("2024-06-08T21:40:00Z"));
    }
}
