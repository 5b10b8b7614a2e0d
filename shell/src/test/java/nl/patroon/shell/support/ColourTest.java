package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColourTest {
    @Test
    void colour_only_on_a_terminal_without_no_color_that_can_show_it() {
        assertThat(Colour.decide(true, null, "xterm-256color")).isTrue();
        assertThat(Colour.decide(false, null, "xterm-256color")).as("a pipe or a file").isFalse();
        assertThat(Colour.decide(true, "1", "xterm")).as("NO_COLOR").isFalse();
        assertThat(Colour.decide(true, "", "xterm")).as("NO_COLOR empty counts as unset").isTrue();
        assertThat(Colour.decide(true, null, "dumb")).isFalse();
    }

    @Test
    void highlights_stay_plain_marks_without_colour() {
        assertThat(Colour.highlights("ik «maak» je af", false)).isEqualTo("ik «maak» je af");
        assertThat(Colour.highlights("ik «maak» je af", true)).isEqualTo("ik \u001b[1;33mmaak\u001b[0m je af");
        // Under test there is no console: nothing this process prints is coloured.
        assertThat(Colour.on()).isFalse();
        assertThat(Colour.error("Fout")).isEqualTo("Fout");
    }
}
