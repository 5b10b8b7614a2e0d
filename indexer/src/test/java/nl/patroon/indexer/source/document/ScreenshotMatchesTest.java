package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.api.Test;

/** A chat screenshot's bubbles found as the same messages in a chat export: same minute, same words. */
class ScreenshotMatchesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** OCR text as Tesseract gives it for samples/zaak-demo/08-chat-screenshot.png, one paragraph each. */
    private static final List<String> OCR = List.of("20:27 4G 62%", "Mark\nlaatst gezien vandaag om 20:14",
            "ZATERDAG 15 JUNI 2024", "doe open 20:01", "ik sta voor de deur 20:01", "SANNE DOE OPEN 20:03",
            "ik maak je af 20:14\nik maak je echt af sanne 20:14", "Ik heb de politie gebeld. 20:26 ✓✓", "Bericht");

    private final List<Passage> screenshot = screenshot();
    private final List<Passage> export = List.of(
            message(79, "Mark", "doe open", 20, 1, 25),
            message(80, "Mark", "ik sta voor de deur", 20, 1, 37),
            message(82, "Mark", "SANNE DOE OPEN", 20, 3, 39),
            message(86, "Mark", "ik maak je af", 20, 14, 33),
            message(87, "Mark", "ik maak je echt af sanne", 20, 14, 34),
            message(88, "Sanne", "ik heb de politie gebeld", 20, 26, 10),
            message(90, "Mark", "doe open", 20, 45, 0)); // the same words in another minute

    @Test
    void eachBubbleIsMatchedToTheMessageOfItsMinuteWithTheSameWords() {
        List<ScreenshotMatches.Match> matches = ScreenshotMatches.match(shuffled(screenshot), export, AMSTERDAM);

        assertThat(matches).extracting(m -> m.screenshotParagraph().id() + "=" + m.message().id()).containsExactly(
                "E-0005:a4=E-0002:m79", "E-0005:a5=E-0002:m80", "E-0005:a6=E-0002:m82", "E-0005:a7=E-0002:m86",
                "E-0005:a7=E-0002:m87", "E-0005:a8=E-0002:m88");
    }

    @Test
    void withTimesUnderTheTextAndSomeLostTheBubblesStillFindTheirMessages() {
        List<Passage> shot = new ArrayList<>();
        for (int i = 0; i < ScreenshotTimesTest.OCR_TIMES_BELOW.size(); i++) {
            shot.add(paragraph(i + 1, ScreenshotTimesTest.OCR_TIMES_BELOW.get(i)));
        }
        List<Passage> chat = new ArrayList<>(export);
        chat.add(message(81, "Mark", "ik zie het licht aan", 20, 2, 5));
        chat.add(message(84, "Mark", "die buurvrouw staat weer te gluren. bemoeial", 20, 5, 14));
        chat.add(message(91, "Mark", "ik zie het licht aan", 21, 2, 5)); // after the screen's last time

        assertThat(ScreenshotMatches.match(shot, chat, AMSTERDAM))
                .extracting(m -> m.screenshotParagraph().locator().code() + "=" + m.message().locator().code())
                .containsExactly("a4=m79", "a5=m80", "a6=m81", "a6=m82", "a8=m84", "a10=m86", "a11=m87", "a12=m88");
    }

    @Test
    void bothSidesNameTheOtherAsAlsoIn() {
        Map<String, Map<String, String>> facts = ScreenshotMatches.facts(
                ScreenshotMatches.match(screenshot, export, AMSTERDAM),
                Map.of("E-0002", "_chat.txt", "E-0005", "schermafbeelding.png"), AMSTERDAM);

        assertThat(facts.get("E-0005").get("ook.in.a7")).startsWith("E-0002:m86 (_chat.txt, ")
                .contains("20:14").contains("; E-0002:m87 (");
        assertThat(facts.get("E-0002")).containsEntry("ook.in.m86", "E-0005:a7 (schermafbeelding schermafbeelding.png)")
                .containsEntry("ook.in.m88", "E-0005:a8 (schermafbeelding schermafbeelding.png)")
                .doesNotContainKey("ook.in.m90");
    }

    @Test
    void aBubbleIsFoundInEachExportThatHoldsTheMessage() {
        Passage other = new Passage("E-0003", Locator.message(209, 230), export.get(3).time(), "Mark de Vries", null,
                "nl", false, "ik maak je af");
        List<Passage> both = new ArrayList<>(export);
        both.add(other);

        assertThat(ScreenshotMatches.match(screenshot, both, AMSTERDAM)).filteredOn(m -> m.bubble().equals("ik maak je af"))
                .extracting(m -> m.message().id()).containsExactlyInAnyOrder("E-0002:m86", "E-0003:m209");
    }

    @Test
    void aBubbleOnAnUnnamedDayOrWithOtherWordsIsNotMatched() {
        List<Passage> today = List.of(paragraph(1, "Vandaag"), paragraph(2, "ik maak je af 20:14"),
                paragraph(3, "15-06-2024"), paragraph(4, "ik maak je morgen af 20:14"));

        assertThat(ScreenshotMatches.match(today, export, AMSTERDAM)).isEmpty();
    }

    private static List<Passage> screenshot() {
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < OCR.size(); i++) {
            out.add(paragraph(i + 1, OCR.get(i)));
        }
        return out;
    }

    /** The index hands passages back in time order, undated last: the screen's order must not depend on it. */
    private static List<Passage> shuffled(List<Passage> ps) {
        List<Passage> out = new ArrayList<>(ps);
        java.util.Collections.reverse(out);
        return out;
    }

    private static Passage paragraph(int n, String text) {
        return new Passage("E-0005", Locator.paragraph(n), null, null, null, "nl", false, text);
    }

    private static Passage message(int n, String author, String text, int h, int m, int s) {
        return new Passage("E-0002", Locator.message(n, n), EventTime.at(
                ZonedDateTime.of(2024, 6, 15, h, m, s, 0, AMSTERDAM), TimePrecision.SECOND), author, null, "nl",
                false, text);
    }
}
