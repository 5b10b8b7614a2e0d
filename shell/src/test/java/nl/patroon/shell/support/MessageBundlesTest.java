package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every text the shell shows exists in Dutch and in English, and counted words agree with their number. */
class MessageBundlesTest {
    @AfterEach
    void backToDutch() {
        Messages.use("nl");
    }

    @Test
    void the_dutch_and_english_bundles_have_the_same_keys() throws Exception {
        Set<String> nl = keys("/messages_nl.properties");
        Set<String> en = keys("/messages_en.properties");
        Set<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        Set<String> commandHelpInEnglishOnly = new TreeSet<>(en);
        commandHelpInEnglishOnly.removeAll(nl);
        // The Dutch help lives in the command registrations themselves; every other text is in both files.
        commandHelpInEnglishOnly.removeIf(k -> k.startsWith("cmd.") || k.startsWith("opt.") || k.startsWith("group."));
        assertThat(onlyNl).isEmpty();
        assertThat(commandHelpInEnglishOnly).isEmpty();
    }

    @Test
    void review_and_incident_results_are_said_in_the_session_language_with_the_right_number() {
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

    private static Set<String> keys(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
