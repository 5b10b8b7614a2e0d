package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.Shell;
import org.springframework.shell.context.ShellContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 21: the problems found below the shell (the application's use cases, dossier-core, the indexer) reach the
 * terminal in the session's language. One row per problem: the command line, the Dutch line, the English line
 * ({@code --lang en}); each row is run in both languages and exits 2 (the user's mistake).
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
@Import(NonInteractive.CapturedTerminal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemTableTest {
    static Path tmp;
    static Path caseDir;

    @Autowired
    Shell shell;
    @Autowired
    ShellContext context;
    @Autowired
    CaseSession session;
    @Autowired
    CreateCase createCase;
    @Autowired
    AddParty addParty;

    @BeforeAll
    void aCaseWithAParty() throws Exception {
        tmp = Files.createTempDirectory("patroon-problems");
        caseDir = tmp.resolve("zaak");
        createCase.run(new CreateCase.Request(caseDir, new Parketnummer("10/123456-24"), "problemen"));
        addParty.run(new AddParty.Request(caseDir, PartyRole.parse("verdachte"), "Mark", List.of()));
    }

    @BeforeEach
    void noCaseChosen() {
        ReflectionTestUtils.setField(session, "current", null);
    }

    @AfterEach
    void backToDutch() {
        Messages.use("nl");
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("partij lijst --case {tmp}/geen-zaak",
                        "Fout: Geen zaak gevonden in {tmp}/geen-zaak (case.json ontbreekt). Maak er een met: patroon"
                                + " case init {tmp}/geen-zaak --parket <parketnummer>",
                        "Error: No case found in {tmp}/geen-zaak (case.json is missing). Create one with: patroon"
                                + " case init {tmp}/geen-zaak --parket <parketnummer>"),
                Arguments.of("zaak nieuw {case} --parket 10/123456-24",
                        "Fout: Er staat al een zaak in {case}", "Error: There is already a case in {case}"),
                Arguments.of("zaak nieuw {tmp}/nieuw --parket 123",
                        "Fout: Ongeldig parketnummer '123': verwacht de vorm NN/NNNNNN-JJ, bijvoorbeeld 10/123456-24.",
                        "Error: Invalid parketnummer '123': expected the form NN/NNNNNN-YY, for example 10/123456-24."),
                Arguments.of("partij toevoegen --case {case} --name Els --role buurvrouw",
                        "Fout: Onbekende rol 'buurvrouw'. Kies uit: slachtoffer, verdachte, kind, getuige, derde.",
                        "Error: Unknown role 'buurvrouw'. Choose from: slachtoffer (victim), verdachte (suspect),"
                                + " kind (child), getuige (witness), derde (third party)."),
                Arguments.of("partij koppel --case {case} --author Sanne --party P-99",
                        "Fout: Onbekende partij P-99 (zie: party list).", "Error: Unknown party P-99 (see: party list)."),
                Arguments.of("incident toon --case {case} I-0099",
                        "Fout: Onbekend incident I-0099.", "Error: Unknown incident I-0099."),
                Arguments.of("suggestie bevestig --case {case} S-0099",
                        "Fout: Onbekende suggestie(s): S-0099.", "Error: Unknown suggestion(s): S-0099."),
                Arguments.of("suggestie bevestig --case {case}",
                        "Fout: Noem suggesties (S-0042 …) of een filter (--rule, --category, --author, --conversation).",
                        "Error: Name suggestions (S-0042 …) or a filter (--rule, --category, --author, --conversation)."),
                Arguments.of("suggestie verwerp --case {case} --category BOOS --reason grap",
                        "Fout: Onbekende categorie 'BOOS'. Tab toont ze alle, bijvoorbeeld THREAT_TO_KILL.",
                        "Error: Unknown category 'BOOS'. Tab shows them all, for example THREAT_TO_KILL."),
                Arguments.of("suggestie lijst --case {case} --state half",
                        "Fout: Onbekende status 'half'. Kies uit: open, bevestigd, verworpen, terzijde.",
                        "Error: Unknown state 'half'. Choose from: open, confirmed, rejected, setaside."),
                Arguments.of("incident nieuw --case {case} --date 2024-06-10 --until 2024-06-01 --category"
                                + " THREAT_TO_KILL --description bedreiging",
                        "Fout: --until ligt voor --date.", "Error: --until is before --date."),
                Arguments.of("incident nieuw --case {case} --date 10-06-2024 --category THREAT_TO_KILL"
                                + " --description bedreiging",
                        "Fout: Ongeldige datum '10-06-2024' (verwacht 2024-06-08 of 2024-06-08T23:40).",
                        "Error: Invalid date '10-06-2024' (expected 2024-06-08 or 2024-06-08T23:40)."),
                Arguments.of("incident nieuw --case {case} --date 2024-06-10 --category THREAT_TO_KILL"
                                + " --description bedreiging --evidence E-0007",
                        "Fout: Verwijzing 'E-0007' moet de vorm E-0007:p2.3 hebben.",
                        "Error: Reference 'E-0007' must have the form E-0007:p2.3."),
                Arguments.of("exporteer --case {case} --format docx",
                        "Fout: Onbekend formaat 'docx': kies json, html of pdf.",
                        "Error: Unknown format 'docx': choose json, html or pdf."),
                Arguments.of("exporteer --case {case} --audience pers",
                        "Fout: Onbekend publiek 'pers'. Kies uit: rechtbank, verdediging, wederpartij, werkversie.",
                        "Error: Unknown audience 'pers'. Choose from: rechtbank (court), verdediging (defence),"
                                + " wederpartij (other party), werkversie (working copy)."),
                Arguments.of("zoek --case {case} AND OR",
                        "Fout: De zoekvraag 'AND OR' bevat alleen operatoren en geen woord om te zoeken; zet ze tussen"
                                + " woorden, bijvoorbeeld: zoek 'mes AND bedreig*'.",
                        "Error: The query 'AND OR' holds only operators and no word to search for; put them between"
                                + " words, for example: search 'mes AND bedreig*'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void each_problem_in_dutch_and_in_english(String commandLine, String dutch, String english) {
        NonInteractive.Run nl = NonInteractive.run(shell, context, args(fill(commandLine)));
        assertThat(nl.lines()).containsExactly(fill(dutch));
        assertThat(nl.exit()).isEqualTo(2);

        ReflectionTestUtils.setField(session, "current", null);
        NonInteractive.Run en = NonInteractive.run(shell, context, args(fill(commandLine) + " --lang en"));
        assertThat(en.lines()).containsExactly(fill(english));
        assertThat(en.exit()).isEqualTo(2);
    }

    @Test
    void why_a_file_was_skipped_in_the_sessions_language_and_in_dutch_in_the_report() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("stukken"));
        Path link = Files.createSymbolicLink(folder.resolve("koppeling.txt"), tmp.resolve("elders.txt"));
        NonInteractive.Run en = NonInteractive.run(shell, context,
                args("ingest --case " + caseDir + " --no-ocr --threads 1 " + folder + " --lang en"));
        assertThat(en.lines()).contains("  skipped: " + link + " — symbolic link, not followed");
        Path csv = caseDir.resolve("exports/ingest/latest/ingest-report.csv");
        assertThat(Files.readString(csv)).contains("symbolische link, niet gevolgd");

        Messages.use("nl");
        NonInteractive.Run nl = NonInteractive.run(shell, context,
                args("ingest --case " + caseDir + " --no-ocr --threads 1 " + folder));
        assertThat(nl.lines()).contains("  overgeslagen: " + link + " — symbolische link, niet gevolgd");
    }

    static String[] args(String commandLine) {
        return NonInteractive.words(commandLine);
    }

    static String fill(String s) {
        return s.replace("{case}", caseDir.toString()).replace("{tmp}", tmp.toString());
    }
}
