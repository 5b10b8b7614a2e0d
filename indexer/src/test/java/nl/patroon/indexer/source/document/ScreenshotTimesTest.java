package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.api.Test;

/** The times on a chat screenshot, from OCR text as Tesseract gives it for samples/zaak-demo/08-chat-screenshot.png. */
class ScreenshotTimesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> OCR = List.of(
            "20:27 4G 62%",
            "Mark\nlaatst gezien vandaag om 20:14",
            "ZATERDAG 15 JUNI 2024",
            "doe open 20:01",
            "ik sta voor de deur 20:01",
            "SANNE DOE OPEN 20:03",
            "ik maak je af 20:14\nik maak je echt af sanne 20:14",
            "ik heb de politie gebeld 20:26 ✓✓",
            "Bericht");

    @Test
    void eachBubbleIsOnTheDayOfTheHeaderAboveItAtTheMinuteItShows() {
        List<ScreenshotTimes.Bubble> bubbles = ScreenshotTimes.bubbles(OCR, AMSTERDAM);

        assertThat(bubbles).extracting(ScreenshotTimes.Bubble::text).containsExactly("doe open", "ik sta voor de deur",
                "SANNE DOE OPEN", "ik maak je af", "ik maak je echt af sanne", "ik heb de politie gebeld");
        assertThat(bubbles.get(3).at()).isEqualTo(LocalDateTime.parse("2024-06-15T20:14"));
        assertThat(bubbles.get(5).at()).isEqualTo(LocalDateTime.parse("2024-06-15T20:26"));
    }

    @Test
    void paragraphsGetTheirFirstBubblesTimeAndTheStatusBarAndHeaderNone() {
        List<EventTime> times = ScreenshotTimes.perParagraph(OCR, AMSTERDAM);

        assertThat(times.get(0)).isNull(); // the status bar's clock: when the picture was taken, before any header
        assertThat(times.get(1)).isNull();
        assertThat(times.get(2)).isNull();
        assertThat(times.get(6).start().toLocalDateTime()).isEqualTo("2024-06-15T20:14");
        assertThat(times.get(6).precision()).isEqualTo(TimePrecision.MINUTE);
        assertThat(times.get(8)).isNull();
    }

    @Test
    void withoutADayOnTheScreenABubbleKeepsNoTime() {
        List<ScreenshotTimes.Bubble> bubbles = ScreenshotTimes.bubbles(List.of("Vandaag", "waar ben je 21:15",
                "15-06-2024", "ik kom eraan 9:40 PM"), AMSTERDAM);

        assertThat(bubbles).extracting(ScreenshotTimes.Bubble::at)
                .containsExactly(null, LocalDateTime.parse("2024-06-15T21:40"));
    }
}
