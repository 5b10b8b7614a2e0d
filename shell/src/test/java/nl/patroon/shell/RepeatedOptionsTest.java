package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.casefile.ListParties;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.Party;
import nl.patroon.shell.support.CaseSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.Shell;
import org.springframework.shell.context.ShellContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two reported slips of Spring Shell's parser, checked end to end: {@code ingest --paths A B} read only one of the
 * two, and a script line with {@code --alias} twice kept only the last alias (and a comment line ended the script).
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
@Import(NonInteractive.CapturedTerminal.class)
class RepeatedOptionsTest {
    @Autowired
    Shell shell;
    @Autowired
    ShellContext context;
    @Autowired
    CaseSession session;
    @Autowired
    CreateCase createCase;
    @Autowired
    ListParties parties;
    @Autowired
    ListEvidence evidence;
    @TempDir
    Path tmp;
    Path caseDir;

    @BeforeEach
    void aCase() {
        ReflectionTestUtils.setField(session, "current", null);
        caseDir = tmp.resolve("zaak");
        createCase.run(new CreateCase.Request(caseDir, new Parketnummer("10/123456-24"), "herhaald"));
    }

    @Test
    void ingest_with_paths_named_reads_every_path() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "Ik maak je af, zei hij.");
        Path b = Files.writeString(tmp.resolve("b.txt"), "Morgen om tien uur bij de rechtbank.");
        NonInteractive.Run run = NonInteractive.run(shell, context, "ingest", "--case", caseDir.toString(),
                "--no-ocr", "--threads", "1", "--paths", a.toString(), b.toString());
        assertThat(run.exit()).as(run.screen()).isZero();
        assertThat(evidence.run(new ListEvidence.Request(caseDir)).evidence())
                .extracting(r -> Path.of(r.evidence().originalPath()).getFileName().toString())
                .containsExactlyInAnyOrder("a.txt", "b.txt");
    }

    @Test
    void a_script_line_with_two_aliases_keeps_both() throws Exception {
        Path script = Files.writeString(tmp.resolve("partijen.txt"), String.join("\n",
                "// de verdachte, met twee aliassen (a comment once ended the script silently)",
                "",
                "party add --case " + caseDir + " --name Mark --alias Markie --role verdachte --alias +31600000001",
                "party add --case " + caseDir + " --name Sanne --role slachtoffer \\",
                "    --alias Sanne ❤️ +31600000002",
                ""));
        NonInteractive.Run run = NonInteractive.run(shell, context, "script", script.toString());
        assertThat(run.exit()).as(run.screen()).isZero();
        List<Party> all = parties.run(new ListParties.Request(caseDir)).parties();
        assertThat(all).as(run.screen()).hasSize(2);
        assertThat(all).extracting(Party::name).containsExactly("Mark", "Sanne");
        assertThat(all.get(0).aliases()).containsExactly("Markie", "+31600000001");
        assertThat(all.get(1).aliases()).containsExactly("Sanne", "❤️", "+31600000002");
    }
}
