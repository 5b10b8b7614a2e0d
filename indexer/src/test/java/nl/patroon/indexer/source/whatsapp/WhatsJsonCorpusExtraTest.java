package nl.patroon.indexer.source.whatsapp;

import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.chat.ChatFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EXTRA: reads the whats_json corpus from {@code shared/corpora} (not copied into the project: its licence is
 * unclear) and checks it against a table written by hand from the files themselves: message count, the
 * local time of the first and last message, and the date order. Skipped when the folder is missing; the same
 * behaviours are specified by {@link WhatsAppSourceTest} on the project's own fixtures.
 */
class WhatsJsonCorpusExtraTest {
    private final WhatsAppSource source = new WhatsAppSource();

    private static Path corpus() {
        Path dir = ChatFixtures.corpora().map(c -> c.resolve("whats_json")).orElse(Path.of("missing"));
        assumeTrue(Files.isDirectory(dir), "extra: shared/corpora/whats_json not present");
        return dir;
    }

    // uncertain = day/month order cannot be read from the file (every date is the same 11/01), so it is
    // assumed day-first and must be reported as such.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            languages/arabic2_ios.txt                                | 23 | 2022-03-18T14:56:01 | 2022-03-27T21:56:45 | dag-maand  | false
            languages/arabic_ios.txt                                 | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | dag-maand  | false
            languages/czech_android.txt                              | 60 | 2022-03-23T13:31    | 2023-01-07T23:32    | dag-maand  | false
            languages/czech_ios.txt                                  | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/deutch_android_media.txt                       | 41 | 2022-03-23T13:31    | 2023-01-07T23:32    | dag-maand  | false
            languages/deutch_ios.txt                                 | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/english_android.txt                            | 60 | 2022-03-23T13:31    | 2023-01-07T23:32    | dag-maand  | false
            languages/english_android_media.txt                      | 60 | 2022-03-23T13:31    | 2023-01-07T23:32    | dag-maand  | false
            languages/english_ios.txt                                | 23 | 2022-03-18T14:56:01 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/english_ios_media.txt                          | 25 | 2022-03-18T14:56:01 | 2023-01-07T23:32:30 | maand-dag  | false
            languages/french_ios.txt                                 | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/hindi_ios.txt                                  | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/indonesian_ios.txt                             | 23 | 2022-03-18T14:56:01 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/italian_ios.txt                                | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/japanese_ios.txt                               | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/portugal_ios.txt                               | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/russian_android.txt                            | 60 | 2022-03-23T13:31    | 2023-01-07T23:32    | dag-maand  | false
            languages/russian_ios.txt                                | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/spanish_ios.txt                                | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/thai_ios.txt                                   | 23 | 2022-03-18T14:56:01 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/ukrainian_ios.txt                              | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | maand-dag  | false
            languages/vietnamese_ios.txt                             | 23 | 2022-03-18T14:56:01 | 2022-03-27T21:56:46 | maand-dag  | false
            calendars/Buddhist iOS.txt                               | 28 | 2022-03-18T14:56:01 | 2023-01-12T15:35:15 | maand-dag  | false
            calendars/Gregorian iOS.txt                              | 25 | 2022-03-18T14:56:01 | 2023-01-07T23:32:30 | maand-dag  | false
            calendars/Japanese iOS.txt                               | 28 | 2022-03-18T14:56:01 | 2023-01-12T15:35:15 | maand-dag  | false
            extra/WhatsApp Chat - Arabic_NoMedia Dmitry S.txt        | 23 | 2022-03-18T14:56:00 | 2022-03-27T21:56:45 | dag-maand  | false
            extra/WhatsApp Chat - Bad (broken attachment lines).txt  |  8 | 2022-03-27T21:41:35 | 2022-03-27T21:56:46 | maand-dag  | false
            extra/WhatsApp Chat - Elon Musk (Arabic+Media).txt       | 28 | 2022-03-18T14:56:01 | 2023-01-12T15:35:14 | dag-maand  | false
            extra/WhatsApp Chat - Group_NoMedia 2017.txt             |  5 | 2017-06-03T00:45    | 2017-09-04T01:50    | maand-dag  | false
            extra/WhatsApp Chat - Group_NoMedia 2019 RU.txt          | 13 | 2019-02-17T12:28    | 2019-02-17T19:50    | dag-maand  | false
            extra/WhatsApp-chat met Dmitry S.txt                     | 41 | 2022-03-23T13:31    | 2023-01-07T23:32    | dag-maand  | false
            android/WhatsApp Chat with Group Chat XXX Android.txt    | 20 | 2023-01-11T16:13    | 2023-01-11T16:57    | dag-maand  | true
            """)
    void everyExportParsesWithTheDatesReadByHand(String file, int count, LocalDateTime first, LocalDateTime last,
                                                 String order, boolean uncertain) throws Exception {
        SourceResult.Read read = readOk(source, corpus().resolve(file), "text/plain");
        List<Passage> p = read.passages();

        assertThat(p).hasSize(count);
        assertThat(p.get(0).time().start().toLocalDateTime()).isEqualTo(first);
        assertThat(p.get(p.size() - 1).time().start().toLocalDateTime()).isEqualTo(last);
        assertThat(read.metadata().get("datumnotatie")).startsWith(order);
        assertThat(read.metadata().containsKey("datumnotatie.onzeker")).isEqualTo(uncertain);
    }

    /** The table above must cover the corpus: a new file there needs a row here. */
    @Test
    void theTableCoversEveryTextFileInTheCorpus() throws Exception {
        try (Stream<Path> files = Files.walk(corpus())) {
            assertThat(files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("LICENSE"))
                    .count()).isEqualTo(32);
        }
    }

    @Test
    void theDutchExportMarksAppLinesAsSystemAndKeepsCaptionsAsText() throws Exception {
        List<Passage> p = readOk(source, corpus().resolve("languages/deutch_android_media.txt"), "text/plain")
                .passages();

        assertThat(p).filteredOn(x -> x.text().equals("<Media weggelaten>")).allMatch(Passage::system).isNotEmpty();
        assertThat(p).filteredOn(x -> x.text().equals("Dit bericht is verwijderd")).allMatch(Passage::system)
                .isNotEmpty();
        assertThat(p).filteredOn(x -> x.text().startsWith("locatie: ")).allMatch(Passage::system).isNotEmpty();
        assertThat(p).filteredOn(x -> x.text().equals("<Media weggelaten>\nCaption")).noneMatch(Passage::system)
                .isNotEmpty();
        assertThat(p).extracting(Passage::language).containsOnly("nl");
    }
}
