package nl.patroon.indexer.source.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.api.Test;

/** A WhatsApp export's media, tied to the evidence exported beside the chat, and named on both sides. */
class MediaLinksTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final List<Passage> chat = List.of(
            message(1, "Mark", "waar ben je"),
            message(2, "Mark", "IMG-20240608-WA0003.jpg (bestand bijgevoegd)\nkijk wat je gedaan hebt"),
            message(3, "Mark", "PTT-20240608-WA0004.opus (bestand bijgevoegd)"),
            message(4, "Sanne", "<Media weggelaten>"));

    @Test
    void aFileBesideTheChatIsLinkedAndAMissingOneIsReportedOnItsMessage() {
        MediaLinks.Found found = MediaLinks.find(chat, Map.of("IMG-20240608-WA0003.jpg", "E-0004",
                "WhatsApp-chat met Mark.txt", "E-0002"));

        assertThat(found.sent()).extracting(MediaLinks.Sent::file, MediaLinks.Sent::evidenceId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IMG-20240608-WA0003.jpg", "E-0004"),
                org.assertj.core.groups.Tuple.tuple("PTT-20240608-WA0004.opus", null));
        assertThat(found.omitted()).isEqualTo(1);
        assertThat(MediaLinks.chatFacts(found))
                .containsEntry("bijlage.m2", "E-0004 IMG-20240608-WA0003.jpg")
                .hasEntrySatisfying("bijlage.m3", v -> assertThat(v).startsWith("ontbreekt: PTT-20240608-WA0004.opus"))
                .hasEntrySatisfying("bijlagen.weggelaten", v -> assertThat(v).startsWith("1 bericht(en)"));
    }

    @Test
    void theFileNamesTheMessageThatSentItWithConversationTimeAndAuthor() {
        MediaLinks.Sent sent = MediaLinks.find(chat, Map.of("IMG-20240608-WA0003.jpg", "E-0004")).sent().get(0);

        assertThat(MediaLinks.mediaFacts(sent, "WhatsApp-chat met Mark.txt", AMSTERDAM))
                .containsOnlyKeys("verzonden.in")
                .hasEntrySatisfying("verzonden.in", v -> assertThat(v)
                        .isEqualTo("E-0002:m2 in WhatsApp-chat met Mark.txt, bericht 2 (regel 2), za 8 jun. 2024 20:42,"
                                + " van Mark"));
    }

    private static Passage message(int n, String author, String text) {
        ZonedDateTime t = ZonedDateTime.of(2024, 6, 8, 20, 40 + n, 0, 0, AMSTERDAM);
        return new Passage("E-0002", Locator.message(n, n), EventTime.at(t, TimePrecision.MINUTE), author, null, "nl",
                false, text);
    }
}
