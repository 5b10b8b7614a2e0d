package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.core.casefile.Parketnummer;
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
 * Issue 21, acceptance 3: every error a new user met gives one line in Dutch that says what to do, and a non-zero
 * exit code when run as {@code patroon <command>}; the same line in English with {@code --lang en}. One row per
 * error: the command line, the Dutch line, the English line, the exit code (2: the user's mistake; 3: some of the
 * input was rejected). Problems raised below the shell: {@link ProblemTableTest}.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
@Import(NonInteractive.CapturedTerminal.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorTableTest {
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

    @BeforeAll
    void aCaseAndSomeInput() throws Exception {
        tmp = Files.createTempDirectory("patroon-errors");
        caseDir = tmp.resolve("zaak-fout");
        createCase.run(new CreateCase.Request(caseDir, new Parketnummer("10/123456-24"), "fouten"));
        Files.writeString(tmp.resolve("bad.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"text\":\"ik maak je af\"}",
                "{kapot", "[]", "{\"id\":\"3\"}", "{\"text\":\"geen id\"}", "{\"id\":\"5\",\"text\":7}",
                "{\"id\":\"6\",\"text\":\"goedemorgen\"}"));
        Files.writeString(tmp.resolve("de.jsonl"), "{\"id\":\"1\",\"text\":\"ich bringe dich um\",\"lang\":\"de\"}\n");
    }

    @BeforeEach
    void dutchAndNoCaseChosen() {
        Messages.use("nl");
        ReflectionTestUtils.setField(session, "current", null);
    }

    @AfterEach
    void backToDutch() {
        Messages.use("nl");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("serach x", "Onbekende opdracht 'serach'. Bedoelde u 'search'? Zie alle opdrachten met: help",
                        "Unknown command 'serach'. Did you mean 'search'? See all commands with: help", 2),
                Arguments.of("exporteer --fromat json --case {case}",
                        "Onbekende optie '--fromat'. Bedoelde u --format? Zie de opties met: <opdracht> --help",
                        "Unknown option '--fromat'. Did you mean --format? See the options with: <command> --help", 2),
                Arguments.of("search --case {case}", "Geef een zoekvraag, bijvoorbeeld: zoek bedreig*",
                        "Give a search query, for example: search threat*", 2),
                Arguments.of("search --case {case} AND OR", "Fout: De zoekvraag 'AND OR' bevat alleen operatoren en"
                        + " geen woord om te zoeken; zet ze tussen woorden, bijvoorbeeld: zoek 'mes AND bedreig*'.",
                        "Error: The query 'AND OR' holds only operators and no word to search for; put them between"
                        + " words, for example: search 'mes AND bedreig*'.", 2),
                Arguments.of("search --case {case} --limit 0 mes", "Fout: --limit 0 kan niet: geef een aantal van 1 tot"
                        + " en met 200, bijvoorbeeld --limit 20 (meer treffers tegelijk kost te veel tijd; verfijn dan"
                        + " de zoekvraag).", "Error: --limit 0 is not possible: give a number from 1 to 200, for"
                        + " example --limit 20 (more hits at once takes too long; refine the query instead).", 2),
                Arguments.of("search --case {case} --limit veel mes",
                        "Ongeldige waarde 'veel': verwacht een geheel getal, bijvoorbeeld 20.",
                        "Invalid value 'veel': a whole number is expected, for example 20.", 2),
                Arguments.of("classify {tmp}/bestaat-niet.jsonl", "Fout: Invoerbestand niet gevonden: {tmp}/bestaat-niet.jsonl."
                        + " Geef een bestand met JSON-regels, of lees van standaardinvoer (zonder bestand).",
                        "Error: Input file not found: {tmp}/bestaat-niet.jsonl. Give a file of JSON lines, or read"
                        + " standard input (no file).", 2),
                Arguments.of("classify {tmp}/bad.jsonl",
                        "5 regels van 7 afgewezen (zie de meldingen hierboven); die hebben geen uitkomst.",
                        "5 lines of 7 rejected (see the messages above); they have no result.", 3),
                Arguments.of("classify {tmp}/de.jsonl",
                        "1 regel van 1 afgewezen (zie de meldingen hierboven); die hebben geen uitkomst.",
                        "1 line of 1 rejected (see the messages above); they have no result.", 3),
                Arguments.of("ingest --case {case} {tmp}/bestaat-niet", "Fout: Bestand of map bestaat niet: "
                        + "{tmp}/bestaat-niet. Controleer het pad (Tab vult het aan in de shell); er is niets ingelezen.",
                        "Error: File or folder does not exist: {tmp}/bestaat-niet. Check the path (Tab completes it"
                        + " in the shell); nothing was ingested.", 2),
                Arguments.of("partij lijst", "Fout: Geen zaak gekozen in deze sessie. Gebruik --case <map> (of --zaak"
                        + " <map>), of zet PATROON_CASE.", "Error: No case chosen in this session. Use --case <folder>"
                        + " (or --zaak <folder>), or set PATROON_CASE.", 2),
                Arguments.of("inlezen --case {case} --threads veel {tmp}",
                        "Ongeldige waarde 'veel': verwacht een geheel getal, bijvoorbeeld 20.",
                        "Invalid value 'veel': a whole number is expected, for example 20.", 2),
                Arguments.of("partij toevoegen --case {case} --name Mark", "Verplichte optie --role ontbreekt. Zie de"
                        + " opties met: <opdracht> --help",
                        "Required option --role is missing. See the options with: <command> --help", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void each_error_is_one_line_in_dutch_and_in_english_and_a_non_zero_exit_code(String commandLine, String dutch,
                                                                                 String english, int exit) {
        NonInteractive.Run run = NonInteractive.run(shell, context, args(commandLine));
        assertThat(run.lines()).containsExactly(fill(dutch));
        assertThat(run.exit()).isEqualTo(exit);

        ReflectionTestUtils.setField(session, "current", null);
        run = NonInteractive.run(shell, context, args(commandLine + " --lang en"));
        assertThat(run.lines()).containsExactly(fill(english));
        assertThat(run.exit()).isEqualTo(exit);
    }

    @Test
    void no_stack_trace_nor_java_exception_names_reach_the_user() {
        NonInteractive.Run run = NonInteractive.run(shell, context, args("classify {tmp}/bestaat-niet.jsonl"));
        assertThat(run.screen()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\u001b[");
    }

    @Test
    void with_debug_the_stack_trace_follows_the_line() {
        NonInteractive.Run run = NonInteractive.run(shell, context, args("classify --debug {tmp}/bestaat-niet.jsonl"));
        try {
            assertThat(run.lines().get(0)).startsWith("Fout: Invoerbestand niet gevonden");
            assertThat(run.screen()).contains("IllegalArgumentException").contains("\tat ");
        } finally {
            nl.patroon.shell.support.RunFlags.debug(false);
        }
    }

    @Test
    void the_same_errors_in_english_with_lang_en() {
        NonInteractive.Run run = NonInteractive.run(shell, context, args("--lang en serach x"));
        assertThat(run.lines()).containsExactly("Unknown command 'serach'. Did you mean 'search'? See all commands with: help");
        run = NonInteractive.run(shell, context, args("export --fromat json --case {case} --lang en"));
        assertThat(run.lines()).containsExactly(
                "Unknown option '--fromat'. Did you mean --format? See the options with: <command> --help");
        assertThat(run.exit()).isEqualTo(2);
    }

    static String fill(String s) {
        return s.replace("{case}", caseDir.toString()).replace("{tmp}", tmp.toString());
    }

    static String[] args(String commandLine) {
        return NonInteractive.words(fill(commandLine));
    }
}
