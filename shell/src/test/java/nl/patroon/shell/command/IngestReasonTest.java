package nl.patroon.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import nl.patroon.shell.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Why a file failed, as the ingest summary shows it: the journal's Dutch reason in the session's language. */
class IngestReasonTest {
    @AfterEach
    void dutch() {
        Messages.use("nl");
    }

    @Test
    void a_known_reason_in_english_and_unchanged_in_dutch() {
        Messages.use("en");
        assertThat(IngestCommands.reason("map onleesbaar: Permission denied")).isEqualTo("folder unreadable: Permission denied");
        assertThat(IngestCommands.reason("time-out na 4 s: werkproces vastgelopen en gestopt (2 pogingen)"))
                .isEqualTo("timed out after 4 s: the worker process hung and was stopped (2 attempts)");
        assertThat(IngestCommands.state(nl.patroon.core.evidence.IngestState.SKIPPED)).isEqualTo("skipped");
        Messages.use("nl");
        assertThat(IngestCommands.reason("time-out na 4 s: werkproces vastgelopen en gestopt (2 pogingen)"))
                .isEqualTo("time-out na 4 s: werkproces vastgelopen en gestopt (2 pogingen)");
    }

    @Test
    void a_reason_made_otherwise_is_shown_as_it_is() {
        Messages.use("en");
        assertThat(IngestCommands.reason("PDF met een kapotte kruisverwijzing")).isEqualTo("PDF met een kapotte kruisverwijzing");
    }
}
