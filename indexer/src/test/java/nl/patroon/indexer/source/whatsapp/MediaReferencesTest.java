package nl.patroon.indexer.source.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaReferencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<bijgevoegd: 00000012-PHOTO-2024-06-08-20-47-13.jpg>|00000012-PHOTO-2024-06-08-20-47-13.jpg",
        "<attached: 00000007-AUDIO-2024-06-08-21-02-55.opus>|00000007-AUDIO-2024-06-08-21-02-55.opus",
        "IMG-20240608-WA0003.jpg (bestand bijgevoegd)|IMG-20240608-WA0003.jpg",
        "PTT-20240608-WA0011.opus (file attached)|PTT-20240608-WA0011.opus",
        "IMG-20240608-WA0004.jpg (bestand bijgevoegd)\\nkijk wat je gedaan hebt|IMG-20240608-WA0004.jpg",
        "VID-20240609-WA0001.mp4 (Bestand bijgevoegd)|VID-20240609-WA0001.mp4"
    })
    void theFileAMessageSentIsNamedAsTheExportWritesIt(String text, String file) {
        assertThat(MediaReferences.fileOf(text.replace("\\n", "\n"))).contains(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<Media weggelaten>", "ik stuur je zo de foto", "Dit bericht is verwijderd",
        "<bijgevoegd: ../../etc/passwd>", "zie bijlage (bestand bijgevoegd) hierboven"
    })
    void otherMessagesNameNoFile(String text) {
        assertThat(MediaReferences.fileOf(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<Media weggelaten>", "<Media omitted>", "\u200Eafbeelding weggelaten", "image omitted", "video weggelaten",
        "<Medien ausgeschlossen>"
    })
    void mediaLeftOutOfTheExportAreRecognisedAndNameNoFile(String text) {
        assertThat(MediaReferences.omitted(text)).isTrue(); // iOS writes a direction mark before its own words
        assertThat(MediaReferences.fileOf(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de media weggelaten, zei hij", "IMG-20240608-WA0003.jpg (bestand bijgevoegd)", "afbeelding"
    })
    void otherMessagesAreNotLeftOutMedia(String text) {
        assertThat(MediaReferences.omitted(text)).isFalse();
    }

    @Test
    void anExportsMediaAreMappedToTheMessagesThatSentThem() {
        List<Passage> chat = List.of(
                message(11, "ik kom eraan"),
                message(12, "<bijgevoegd: 00000012-PHOTO-2024-06-08-20-47-13.jpg>"),
                message(13, "IMG-20240608-WA0003.jpg (bestand bijgevoegd)\nzie je dit"));

        assertThat(MediaReferences.in(chat)).containsExactly(
                java.util.Map.entry("00000012-PHOTO-2024-06-08-20-47-13.jpg", "E-0004:m12"),
                java.util.Map.entry("IMG-20240608-WA0003.jpg", "E-0004:m13"));
    }

    private static Passage message(int n, String text) {
        return new Passage("E-0004", Locator.message(n, n), null, "Mark", null, "nl", false, text);
    }
}
