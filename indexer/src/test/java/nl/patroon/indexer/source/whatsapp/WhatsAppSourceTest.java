package nl.patroon.indexer.source.whatsapp;

import static nl.patroon.indexer.source.chat.ChatFixtures.input;
import static nl.patroon.indexer.source.chat.ChatFixtures.read;
import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhatsAppSourceTest {
    private final WhatsAppSource source = new WhatsAppSource();

    /**
     * Every locale fixture holds the same four messages: an app notice (14 Feb 2024 21:00), Sanne at
     * 21:03:11, Mark's two-line message on 15 Feb 07:45:00, and Sanne's left-out image on 16 Feb 13:20:05.
     * Android exports have no seconds.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nl_android.txt        | false | dag-maand-jaar | gregoriaans
            nl_ios.txt            | true  | dag-maand-jaar | gregoriaans
            en_us_android.txt     | false | maand-dag-jaar | gregoriaans
            en_gb_ios.txt         | true  | dag-maand-jaar | gregoriaans
            de_android.txt        | false | dag-maand-jaar | gregoriaans
            es_ios.txt            | true  | dag-maand-jaar | gregoriaans
            ar_ios.txt            | true  | dag-maand-jaar | gregoriaans
            th_ios.txt            | true  | dag-maand-jaar | Thais boeddhistisch
            ja_era_ios.txt        | true  | maand-dag-jaar | Japanse jaartelling
            ja_ios.txt            | true  | jaar-maand-dag | gregoriaans
            vi_ios.txt            | true  | dag-maand-jaar | gregoriaans
            """)
    void readsTheSameFourMessagesInEveryLocale(String file, boolean ios, String order, String calendar) throws Exception {
        SourceResult.Read read = readOk(source, resource("whatsapp/" + file), "text/plain");

        assertThat(read.kind()).isEqualTo(SourceKind.CHAT_EXPORT);
        List<Passage> p = read.passages();
        assertThat(p).hasSize(4);
        assertThat(p).extracting(x -> x.time().start().toLocalDateTime()).containsExactly(
                LocalDateTime.of(2024, 2, 14, 21, 0, 0),
                LocalDateTime.of(2024, 2, 14, 21, 3, ios ? 11 : 0),
                LocalDateTime.of(2024, 2, 15, 7, 45, 0),
                LocalDateTime.of(2024, 2, 16, 13, 20, ios ? 5 : 0));
        assertThat(p).allSatisfy(x -> {
            assertThat(x.time().start().getZone().getId()).isEqualTo("Europe/Amsterdam");
            assertThat(x.time().start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(x.time().precision()).isEqualTo(ios ? TimePrecision.SECOND : TimePrecision.MINUTE);
        });
        assertThat(p).extracting(Passage::system).containsExactly(true, false, false, true);
        assertThat(p.get(1).author()).isEqualTo("Sanne de Vries");
        assertThat(p.get(1).text()).isEqualTo("Waar ben je?");
        assertThat(p.get(2).author()).isEqualTo("Mark Jansen");
        assertThat(p.get(2).text()).isEqualTo("Ik kom eraan\nnog even tanken");
        assertThat(p.get(3).author()).isEqualTo("Sanne de Vries");
        assertThat(p).extracting(x -> x.locator().message()).containsExactly(1, 2, 3, 4);
        assertThat(p).extracting(x -> x.locator().line()).containsExactly(1, 2, 3, 5);
        assertThat(read.metadata().get("platform")).isEqualTo(ios ? "iOS" : "Android");
        assertThat(read.metadata().get("datumnotatie")).startsWith(order);
        assertThat(read.metadata().get("kalender")).startsWith(calendar);
        assertThat(read.metadata()).doesNotContainKey("datumnotatie.onzeker");
    }

    @Test
    void dutchExportsAreMarkedDutchAndKeepAppLinesAsSystemLines() throws Exception {
        List<Passage> p = readOk(source, resource("whatsapp/nl_android.txt"), "text/plain").passages();

        assertThat(p.get(0).author()).isNull();
        assertThat(p.get(0).text()).startsWith("Berichten en oproepen worden end-to-end versleuteld");
        assertThat(p.get(3).text()).isEqualTo("<Media weggelaten>");
        assertThat(p).extracting(Passage::language).containsOnly("nl");
    }

    @Test
    void rightToLeftExportsKeepTheirTextButLoseTheDirectionMarks() throws Exception {
        List<Passage> p = readOk(source, resource("whatsapp/ar_ios.txt"), "text/plain").passages();

        assertThat(p.get(3).text()).isEqualTo("لم يتم إدراج الصورة");
        assertThat(p).allSatisfy(x -> assertThat(x.text()).doesNotContain("\u200f", "\u200e"));
    }

    @Test
    void hijriDatesAreConvertedToGregorianDates() throws Exception {
        // 14 Sha'ban 1445 (Umm al-Qura) is 24 February 2024.
        SourceResult.Read read = readOk(source, resource("whatsapp/ar_hijri_ios.txt"), "text/plain");

        assertThat(read.passages()).extracting(x -> x.time().start().toLocalDateTime()).containsExactly(
                LocalDateTime.of(2024, 2, 24, 21, 0, 0), LocalDateTime.of(2024, 2, 24, 21, 3, 11),
                LocalDateTime.of(2024, 2, 25, 7, 45, 0), LocalDateTime.of(2024, 2, 26, 13, 20, 5));
        assertThat(read.metadata().get("kalender")).startsWith("islamitisch");
    }

    @Test
    void aPersianCalendarExportIsRefusedRatherThanMisdated() throws Exception {
        SourceResult r = read(source, resource("whatsapp/fa_jalali_ios.txt"), "text/plain");

        assertThat(r).isInstanceOf(SourceResult.Failed.class);
        assertThat(((SourceResult.Failed) r).reason()).contains("Perzisch");
    }

    @Test
    void anUndecidableDayMonthOrderIsAssumedDayFirstAndReported() throws Exception {
        SourceResult.Read read = readOk(source, resource("whatsapp/ambiguous_android.txt"), "text/plain");

        assertThat(read.passages().get(0).time().start().toLocalDate()).isEqualTo("2024-04-03");
        assertThat(read.metadata().get("datumnotatie")).contains("AANNAME");
        assertThat(read.metadata()).containsKey("datumnotatie.onzeker");
    }

    @Test
    void theMessageOrderDecidesBetweenDayFirstAndMonthFirstWhenNoFieldExceedsTwelve(@TempDir Path dir)
            throws Exception {
        // Read month-first, these dates run 2 Jan, 3 Jan, 2 Feb; day-first they would jump back from March.
        Path f = dir.resolve("chat.txt");
        Files.writeString(f, """
                01/02/2024, 10:00 - Sanne: een
                01/03/2024, 10:00 - Mark: twee
                02/02/2024, 10:00 - Sanne: drie
                """);

        SourceResult.Read read = readOk(source, f, "text/plain");

        assertThat(read.passages()).extracting(x -> x.time().start().toLocalDate().toString())
                .containsExactly("2024-01-02", "2024-01-03", "2024-02-02");
        assertThat(read.metadata().get("datumnotatie")).startsWith("maand-dag-jaar").contains("volgorde");
    }

    @Test
    void theSpringGapIsMovedForwardAndTheAutumnOverlapTakesTheEarlierOffsetBothReported() throws Exception {
        SourceResult.Read read = readOk(source, resource("whatsapp/nl_dst_android.txt"), "text/plain");
        List<Passage> p = read.passages();

        // 31 March 2024 02:30 does not exist in Amsterdam: clocks jump from 02:00 to 03:00 CEST.
        assertThat(p.get(1).time().start().toLocalDateTime()).isEqualTo("2024-03-31T03:30");
        assertThat(p.get(1).time().start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(p.get(0).time().start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        // 27 October 2024 02:30 happens twice; the first (CEST, +02:00) is taken.
        assertThat(p.get(3).time().start().toLocalDateTime()).isEqualTo("2024-10-27T02:30");
        assertThat(p.get(3).time().start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(p.get(4).time().start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(read.metadata().get("tijd.zomertijdsprong")).startsWith("1 bericht").contains("bericht 2");
        assertThat(read.metadata().get("tijd.wintertijdoverlap")).startsWith("1 bericht").contains("bericht 4");
    }

    @Test
    void anExportWithoutDaylightSavingTroubleCarriesNoTimeNotes() throws Exception {
        SourceResult.Read read = readOk(source, resource("whatsapp/nl_android.txt"), "text/plain");

        assertThat(read.metadata()).doesNotContainKeys("tijd.zomertijdsprong", "tijd.wintertijdoverlap");
    }

    @Test
    void acceptsChatExportsButNotPoliceReports(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("pv.txt");
        Files.writeString(report, """
                PROCES-VERBAAL VAN AANGIFTE
                Op 14-02-2024 21:03 verscheen voor mij, verbalisant, Sanne de Vries.
                14-02-2024 21:03 - zij verklaarde het volgende:
                """);

        assertThat(source.accepts(input(resource("whatsapp/nl_ios.txt"), "text/plain"))).isTrue();
        assertThat(source.accepts(input(resource("whatsapp/ar_ios.txt"), "text/plain"))).isTrue();
        assertThat(source.accepts(input(report, "text/plain"))).isFalse();
    }

    @Test
    void anAuthorWithoutTheSpaceAfterTheColonIsNotAnAuthor(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chat.txt");
        Files.writeString(f, "20/01/19, 11:23 - John Doe:.\n20/01/19, 11:24 - John Doe: ok\n");

        List<Passage> p = readOk(source, f, "text/plain").passages();

        assertThat(p.get(0).author()).isNull();
        assertThat(p.get(0).system()).isTrue();
        assertThat(p.get(1).author()).isEqualTo("John Doe");
    }

    @Test
    void damagedBytesAreReplacedAndReportedInsteadOfLosingTheExport(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chat.txt");
        byte[] good = "14-02-2024 21:03 - Sanne: ik ben bang\n14-02-2024 21:04 - Mark: ".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3; // a lone lead byte: not UTF-8
        bytes[good.length + 1] = (byte) '!';
        Files.write(f, bytes);

        SourceResult.Read read = readOk(source, f, "text/plain");

        assertThat(read.passages()).hasSize(2);
        assertThat(read.passages().get(1).text()).isEqualTo("\uFFFD!");
        assertThat(read.metadata()).containsKey("tekens.onleesbaar");
    }

    @Test
    void theZoneOfTheEvidenceItemOverridesAmsterdam() throws Exception {
        SourceResult r = source.read(input(resource("whatsapp/nl_android.txt"), "text/plain"),
                new nl.patroon.indexer.source.SourceContext(java.time.ZoneId.of("Europe/Istanbul"), false));

        Passage p = ((SourceResult.Read) r).passages().get(1);
        assertThat(p.time().start().toLocalDateTime()).isEqualTo("2024-02-14T21:03");
        assertThat(p.time().start().toInstant()).isEqualTo("2024-02-14T18:03:00Z");
        assertThat(((SourceResult.Read) r).metadata().get("tijdzone")).startsWith("Europe/Istanbul");
    }

    @Test
    void dutchAppLinesSettleAnOtherwiseAmbiguousOrderAsDayFirst(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chat.txt");
        Files.writeString(f, """
                03-04-2024 10:00 - Berichten en oproepen worden end-to-end versleuteld. Tik voor meer informatie.
                03-04-2024 10:05 - Mark: <Media weggelaten>
                """);

        SourceResult.Read read = readOk(source, f, "text/plain");

        assertThat(read.passages().get(0).time().start().toLocalDate()).isEqualTo("2024-04-03");
        assertThat(read.metadata().get("datumnotatie")).contains("Nederlandstalige systeemregels");
        assertThat(read.metadata()).doesNotContainKey("datumnotatie.onzeker");
    }

    @Test
    void aQuotedTimestampOfTheOtherPlatformStaysInsideTheMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chat.txt");
        Files.writeString(f, """
                [14-02-2024 21:03:11] Sanne: Kijk wat je stuurde:
                14-02-2024 20:00 - Mark: ik weet waar je woont
                [14-02-2024 21:04:00] Mark: Nou en
                """);

        List<Passage> p = readOk(source, f, "text/plain").passages();

        assertThat(p).hasSize(2);
        assertThat(p.get(0).text()).isEqualTo("Kijk wat je stuurde:\n14-02-2024 20:00 - Mark: ik weet waar je woont");
    }
}
