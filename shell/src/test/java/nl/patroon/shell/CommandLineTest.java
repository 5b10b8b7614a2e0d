package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    static String normalise(String... args) {
        return String.join(" ", CommandLine.normalise(args));
    }

    @Test
    void positional_arguments_move_before_the_options() {
        assertThat(normalise("ingest", "--case", "zaak", "a.pdf", "map/"))
                .isEqualTo("ingest a.pdf map/ --case zaak");
        assertThat(normalise("case", "init", "./zaak", "--parket", "10/123456-24", "--title", "Zaak Jansen"))
                .isEqualTo("case init ./zaak --parket 10/123456-24 --title Zaak Jansen");
    }

    @Test
    void review_and_incident_commands_keep_their_words_and_gather_repeated_evidence() {
        assertThat(normalise("suggestion", "confirm", "--case", "z", "S-0001", "S-0002", "--incident", "I-0001"))
                .isEqualTo("suggestion confirm S-0001 S-0002 --case z --incident I-0001");
        assertThat(normalise("incident", "proposal", "accept", "--case", "z", "P-0123456789"))
                .isEqualTo("incident proposal accept P-0123456789 --case z");
        assertThat(normalise("incident", "add", "--evidence", "E-0001:p2.3", "--date", "2024-06-17",
                "--evidence", "E-0002:a4")).isEqualTo("incident add --date 2024-06-17 --evidence E-0001:p2.3 E-0002:a4");
    }

    @Test
    void flags_take_no_value() {
        assertThat(normalise("search", "--case", "z", "--phrase", "ik", "maak"))
                .isEqualTo("search ik maak --case z --phrase");
    }

    @Test
    void repeated_aliases_are_gathered_after_one_option() {
        assertThat(normalise("party", "add", "--alias", "Mark", "--role", "verdachte", "--alias", "+31600000001"))
                .isEqualTo("party add --role verdachte --alias Mark +31600000001");
    }

    @Test
    void a_positional_list_called_by_its_name_stays_one_list() {
        assertThat(normalise("ingest", "--case", "z", "--paths", "a", "b", "--no-ocr"))
                .isEqualTo("ingest a b --case z --no-ocr");
        assertThat(normalise("suggestion", "reject", "--ids", "S-0001", "S-0002", "--reason", "grap"))
                .isEqualTo("suggestion reject S-0001 S-0002 --reason grap");
    }

    @Test
    void several_values_after_one_repeatable_option_are_kept_and_normalising_twice_changes_nothing() {
        String once = normalise("party", "add", "--alias", "Mark", "Markie", "--role", "verdachte", "--alias", "+316");
        assertThat(once).isEqualTo("party add --role verdachte --alias Mark Markie +316");
        assertThat(normalise(once.split(" "))).isEqualTo(once);
        // --category is one value per occurrence: the word after it is a suggestion id, not a category.
        assertThat(normalise("suggestion", "confirm", "--category", "STRANGULATION", "S-0001"))
                .isEqualTo("suggestion confirm S-0001 --category STRANGULATION");
    }

    @Test
    void a_quoted_phrase_or_a_lone_quote_is_passed_on_as_typed() {
        // The words reach the command verbatim (support/VerbatimArguments): no quoting tricks needed.
        assertThat(CommandLine.normalise(new String[] {"search", "--case", "z", "\"ik maak je af\""}))
                .containsExactly("search", "\"ik maak je af\"", "--case", "z");
        assertThat(CommandLine.normalise(new String[] {"search", "--case", "C", "\"unclosed"}))
                .containsExactly("search", "\"unclosed", "--case", "C");
    }

    @Test
    void a_flag_followed_by_true_or_false_takes_it_as_its_value() {
        assertThat(normalise("search", "--phrase", "true", "maak", "je", "af")).isEqualTo("search maak je af --phrase");
        assertThat(normalise("search", "--phrase", "false", "maak")).isEqualTo("search maak");
    }

    @Test
    void patroon_help_is_the_help_command() {
        assertThat(CommandLine.normalise(new String[] {"--help"})).containsExactly("help");
        assertThat(CommandLine.normalise(new String[] {"-h", "search"})).containsExactly("help", "search");
    }

    @Test
    void patroons_own_options_are_taken_off_wherever_they_stand() {
        CommandLine.Parsed p = CommandLine.parse(new String[] {"search", "--lang", "en", "mes", "--debug"});
        assertThat(p.args()).containsExactly("search", "mes");
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.debug()).isTrue();
        assertThat(CommandLine.parse(new String[] {"--taal=nl", "help"}).language()).isEqualTo("nl");
    }

    @Test
    void nothing_to_do_without_a_command() {
        assertThat(CommandLine.normalise(new String[0])).isEmpty();
    }
}
