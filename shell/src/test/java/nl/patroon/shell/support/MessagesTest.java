package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
    static Properties bundle(String language) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @AfterEach
    void dutch() {
        Messages.use("nl");
    }

    @Test
    void dutch_and_english_say_the_same_things_and_every_text_is_a_valid_pattern() throws Exception {
        Properties nl = bundle("nl");
        Properties en = bundle("en");
        assertThat(en.stringPropertyNames()).isEqualTo(nl.stringPropertyNames());
        for (Properties p : new Properties[] {nl, en}) {
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("cmd.") && !key.startsWith("opt.") && !key.startsWith("group.")
                        && !key.startsWith("target.")) {
                    new MessageFormat(p.getProperty(key)); // throws on a broken pattern
                }
            }
        }
    }

    @Test
    void counted_words_take_the_right_form() {
        Messages.use("nl");
        assertThat(Messages.get("count.passages", 1)).isEqualTo("1 passage");
        assertThat(Messages.get("count.passages", 2)).isEqualTo("2 passages");
        assertThat(Messages.get("ingest.summary", 1.0, 1, 0, 0, 0, 1)).endsWith("(1 bestand).");
        assertThat(Messages.get("ingest.summary", 1.0, 2, 0, 0, 0, 2)).endsWith("(2 bestanden).");
        assertThat(Messages.get("search.hits", 1, "mes")).isEqualTo("1 treffer voor mes");
        Messages.use("en");
        assertThat(Messages.get("search.hits", 1, "knife")).isEqualTo("1 hit for knife");
        assertThat(Messages.get("error.option.unknown.near", "--fromat", "--format"))
                .isEqualTo("Unknown option '--fromat'. Did you mean --format? See the options with: <command> --help");
    }

    @Test
    void review_incident_and_analysis_results_are_said_in_the_session_language_with_the_right_number() {
        Messages.use("nl");
        assertThat(Messages.get("suggestions.confirmed", 1, "I-0001", 3, "THREAT_TO_KILL"))
                .isEqualTo("1 suggestie bevestigd in I-0001 (3 passages, THREAT_TO_KILL).");
        assertThat(Messages.get("incidents.sources", 2)).isEqualTo("2 onafhankelijke bronnen");
        Messages.use("en");
        assertThat(Messages.get("suggestions.confirmed", 2, "I-0001", 1, "THREAT_TO_KILL"))
                .isEqualTo("2 suggestions confirmed in I-0001 (1 passage, THREAT_TO_KILL).");
        assertThat(Messages.get("incidents.victim-only")).isEqualTo("ONLY the victim's statement");
        assertThat(Messages.get("suggestions.undone", "42", 0)).isEqualTo("Action 42 undone (no suggestions back).");
        assertThat(Messages.get("analysis.incidents", 1)).isEqualTo("1 confirmed incident");
        assertThat(Messages.get("orders.line", "contactverbod", "P-01", "P-02, P-03", "2024-06-20",
                Messages.get("orders.open-ended"))).isEqualTo("contactverbod against P-01, protects P-02, P-03, "
                + "2024-06-20 to indefinite");
    }

    @Test
    void english_on_request_and_dutch_otherwise() {
        Messages.use("en");
        assertThat(Messages.english()).isTrue();
        Messages.use("de");
        assertThat(Messages.english()).isFalse();
        Messages.use("english");
        assertThat(Messages.english()).isTrue();
    }
}
