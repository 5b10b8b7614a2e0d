package nl.patroon.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.timeline.TimelineBuilder.SourcedPassage;
import org.junit.jupiter.api.Test;

class MessageMergerTest {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    static SourcedPassage msg(String evidence, int n, String author, String party, int h, int m, int s, String text) {
        return new SourcedPassage(new Passage(evidence, Locator.message(n, n),
                EventTime.at(ZonedDateTime.of(2024, 6, 15, h, m, s, 0, AMS),
                        s == 0 ? TimePrecision.MINUTE : TimePrecision.SECOND), author, party, "nl", false, text), "x");
    }

    @Test
    void the_same_message_from_both_phones_is_shown_once_with_both_places() {
        SourcedPassage android = msg("E-0004", 209, "Mark de Vries", "P-01", 20, 14, 0, "ik maak je af");
        SourcedPassage ios = msg("E-0005", 84, "Mark", "P-01", 20, 14, 33, "ik maak je af ");
        List<MessageMerger.Merged> merged = MessageMerger.merge(List.of(android, ios));
        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.primary()).isEqualTo(android);
            assertThat(m.copies()).containsExactly(ios);
        });
    }

    @Test
    void different_author_minute_or_text_means_a_different_message() {
        SourcedPassage a = msg("E-0004", 1, "Mark", "P-01", 20, 14, 0, "waar ben je");
        assertThat(MessageMerger.merge(List.of(a,
                msg("E-0005", 1, "Sanne", "P-02", 20, 14, 0, "waar ben je"),
                msg("E-0005", 2, "Mark", "P-01", 20, 15, 0, "waar ben je"),
                msg("E-0005", 3, "Mark", "P-01", 20, 14, 0, "waar ben je nu")))).hasSize(4);
    }

    @Test
    void a_burst_of_identical_messages_stays_a_burst_and_pairs_one_to_one_with_the_other_export() {
        SourcedPassage a1 = msg("E-0004", 1, "Mark", "P-01", 20, 14, 0, "??");
        SourcedPassage a2 = msg("E-0004", 2, "Mark", "P-01", 20, 14, 0, "??");
        SourcedPassage b1 = msg("E-0005", 1, "Mark", "P-01", 20, 14, 5, "??");
        SourcedPassage b2 = msg("E-0005", 2, "Mark", "P-01", 20, 14, 9, "??");
        List<MessageMerger.Merged> merged = MessageMerger.merge(List.of(a1, a2, b1, b2));
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).copies()).containsExactly(b1);
        assertThat(merged.get(1).copies()).containsExactly(b2);
    }
}
