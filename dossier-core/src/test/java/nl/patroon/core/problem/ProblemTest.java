package nl.patroon.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import nl.patroon.core.casefile.Parketnummer;
import org.junit.jupiter.api.Test;

class ProblemTest {
    static Properties texts(String language) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ProblemTest.class.getResourceAsStream("problems_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_problem_is_said_in_dutch_and_in_english_and_each_text_is_a_valid_pattern() throws Exception {
        Properties nl = texts("nl");
        Properties en = texts("en");
        assertThat(en.stringPropertyNames()).isEqualTo(nl.stringPropertyNames());
        for (Properties p : new Properties[] {nl, en}) {
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key)); // throws on a broken pattern
            }
        }
    }

    @Test
    void a_problem_is_worded_in_the_language_asked_and_raised_with_its_dutch_text() {
        Problem p = Problem.of("incident.unknown", "I-0009");
        assertThat(p.dutch()).isEqualTo("Onbekend incident I-0009.");
        assertThat(p.text(Locale.ENGLISH)).isEqualTo("Unknown incident I-0009.");
        assertThat(p.text(Locale.forLanguageTag("en-GB"))).isEqualTo("Unknown incident I-0009.");
        assertThat(p.text(Locale.GERMAN)).isEqualTo("Onbekend incident I-0009.");
        assertThatThrownBy(() -> new Parketnummer("123")).isInstanceOf(ProblemException.class)
                .hasMessage("Ongeldig parketnummer '123': verwacht de vorm NN/NNNNNN-JJ, bijvoorbeeld 10/123456-24.")
                .satisfies(e -> assertThat(((ProblemException) e).problem().text(Locale.ENGLISH))
                        .startsWith("Invalid parketnummer '123'"));
    }

    @Test
    void a_key_without_a_text_fails_when_the_problem_is_made() {
        assertThatThrownBy(() -> Problem.of("no.such.key")).isInstanceOf(java.util.MissingResourceException.class);
    }

    @Test
    void an_ingest_reason_kept_as_dutch_text_is_read_back_into_its_problem() {
        for (Problem made : new Problem[] {Problem.of("ingest.reason.symlink"),
                Problem.of("ingest.reason.unreadable", "Permission denied"),
                Problem.of("ingest.reason.no-reader", "application/x-foo"),
                Problem.of("ingest.reason.read-failed", "pdf", "kapotte xref"),
                Problem.of("ingest.reason.duplicate", "E-0001", "/stukken/aangifte.pdf"),
                Problem.of("ingest.reason.duplicate-in-run", "E-0002")}) {
            Problem read = Problem.recognise("ingest.reason.", made.dutch()).orElseThrow();
            assertThat(read.key()).isEqualTo(made.key());
            assertThat(read.text(Locale.ENGLISH)).isEqualTo(made.text(Locale.ENGLISH));
        }
        assertThat(Problem.recognise("ingest.reason.", "al aanwezig als E-0002 (eerder in deze run)").orElseThrow()
                .text(Locale.ENGLISH)).isEqualTo("already present as E-0002 (earlier in this run)");
    }

    @Test
    void a_text_made_some_other_way_is_not_recognised() {
        assertThat(Problem.recognise("ingest.reason.", "PDF met een kapotte kruisverwijzing")).isEmpty();
        assertThat(Problem.recognise("ingest.reason.", "bestaat niet, of toch wel")).isEmpty();
        assertThat(Problem.recognise("ingest.reason.", null)).isEmpty();
    }
}
