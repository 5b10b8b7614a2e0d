package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestTest {
    @Test
    void a_mistyped_command_or_option_finds_the_one_meant() {
        assertThat(Nearest.to("serach", List.of("search", "zoek", "export", "verify"))).contains("search");
        assertThat(Nearest.to("--fromat", List.of("--format", "--formaat", "--out", "--case"))).contains("--format");
        assertThat(Nearest.to("exprot", List.of("export", "exporteer", "demo"))).contains("export");
    }

    @Test
    void nothing_is_suggested_for_a_word_that_resembles_nothing() {
        assertThat(Nearest.to("koffie", List.of("search", "export", "verify"))).isEmpty();
        assertThat(Nearest.to("search", List.of("search"))).isEmpty(); // not mistyped at all
    }

    @Test
    void a_swap_of_two_letters_is_one_edit() {
        assertThat(Nearest.distance("serach", "search")).isEqualTo(1);
        assertThat(Nearest.distance("", "abc")).isEqualTo(3);
    }
}
