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

    /** The same picture as Tesseract 5 reads it: most times on a line of their own, under their bubble's text. */
    static final List<String> OCR_TIMES_BELOW = List.of("Mark", "laatst gezien vandaag om 20:14",
            "ZATERDAG 15 JUNI 2024", "doe open\n20:01", "ik sta voor de deur",
            "20:01\nik zie het licht aan\nSANNE DOE OPEN", "ik wil mijn kinderen zien\n20:03",
            "die buurvrouw staat weer te gluren. bemoeial", "ik blijf hier staan tot je opendoet\n20:09",
            "ik maak je af\n20:14", "ik maak je echt af sanne\n20:14", "ik heb de politie gebeld", "20:26 vv",
            "Bericht ®");

    @Test
    void aTimeOnALineOfItsOwnBelongsToTheTextAboveIt() {
        List<ScreenshotTimes.Bubble> bubbles = ScreenshotTimes.bubbles(OCR_TIMES_BELOW, AMSTERDAM);

        assertThat(bubbles).filteredOn(b -> b.at() != null)
                .extracting(b -> b.paragraph() + " " + b.text() + " " + b.at().toLocalTime())
                .containsExactly("3 doe open 20:01", "4 ik sta voor de deur 20:01", "6 ik wil mijn kinderen zien 20:03",
                        "8 ik blijf hier staan tot je opendoet 20:09", "9 ik maak je af 20:14",
                        "10 ik maak je echt af sanne 20:14", "11 ik heb de politie gebeld 20:26");
        assertThat(ScreenshotTimes.perParagraph(OCR_TIMES_BELOW, AMSTERDAM).get(9).start().toLocalDateTime())
                .isEqualTo("2024-06-15T20:14");
    }

    @Test
    void aBubbleWhoseTimeOcrLostKeepsOnlyTheTimesAroundIt() {
        List<ScreenshotTimes.Bubble> lost = ScreenshotTimes.bubbles(OCR_TIMES_BELOW, AMSTERDAM).stream()
                .filter(b -> b.at() == null).toList();

        assertThat(lost).extracting(ScreenshotTimes.Bubble::text).containsExactly("ik zie het licht aan",
                "SANNE DOE OPEN", "die buurvrouw staat weer te gluren. bemoeial"); // not "Mark", not "Bericht"
        assertThat(lost.get(1).notBefore()).isEqualTo("2024-06-15T20:01");
        assertThat(lost.get(1).notAfter()).isEqualTo("2024-06-15T20:03");
    }

    @Test
    void withoutADayOnTheScreenABubbleKeepsNoTime() {
        List<ScreenshotTimes.Bubble> bubbles = ScreenshotTimes.bubbles(List.of("Vandaag", "waar ben je 21:15",
                "15-06-2024", "ik kom eraan 9:40 PM"), AMSTERDAM);

        assertThat(bubbles).extracting(ScreenshotTimes.Bubble::at)
                .containsExactly(null, LocalDateTime.parse("2024-06-15T21:40"));
    }
}
