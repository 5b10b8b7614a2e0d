package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    static final long SECOND = 1_000_000_000L;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void dutch() {
        Messages.use("nl");
    }

    static IngestOutcome file(String path) {
        return new IngestOutcome(path, null, IngestState.INDEXED, null, null, 0);
    }

    @Test
    void on_a_terminal_a_bar_is_redrawn_in_place_with_rates_and_time_left() {
        ProgressBar bar = new ProgressBar(out, true, 0);
        bar.started(4, 4_000_000);
        bar.finished(file("a.pdf"), 1_000_000, SECOND);
        bar.finished(file("b.zip"), 1_000_000, 2 * SECOND);
        bar.close();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r[######------------------] 1 bestand verwerkt (1 van 4 invoer)");
        assertThat(shown).contains("\r[############------------] 2 bestanden verwerkt (2 van 4 invoer), 1,0 bestanden/s,"
                + " 1,0 MB/s, nog ca. 0:02 min");
        assertThat(shown).endsWith(System.lineSeparator());
    }

    @Test
    void into_a_log_plain_lines_every_ten_seconds_without_carriage_returns() {
        ProgressBar log = new ProgressBar(out, false, 0);
        log.started(2, 2_000_000);
        log.finished(file("a.pdf"), 1_000_000, SECOND);
        log.finished(file("b.zip!/c.txt"), 500_000, 11 * SECOND);
        log.close();
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("\r").doesNotContain("\u001b").doesNotContain("#");
        assertThat(written.lines()).containsExactly(
                "2 bestanden verwerkt (1 van 2 invoer), 0,2 bestanden/s, 0,1 MB/s, nog ca. 0:11 min");
    }
}
