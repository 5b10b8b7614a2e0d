package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample case's reports (samples/zaak-demo, fictional) reach the timeline on the days they narrate:
 * issue 23's findings on the demo, one by one.
 */
class SampleReportDatesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static SourceResult.Read aangifte;
    private static SourceResult.Read veiligThuis;

    @BeforeAll
    static void readSamples() throws Exception {
        aangifte = read("01-pv-aangifte.pdf");
        veiligThuis = read("03-veilig-thuis-rapport.pdf");
    }

    @Test
    void theNightOfEightJuneAndTheParagraphsThatGoOnWithItAreDated() {
        assertThat(time(aangifte, "Op zaterdag 8 juni 2024 omstreeks 23.40 uur bevond ik mij"))
                .isEqualTo(at("2024-06-08T23:40", TimePrecision.APPROXIMATE));
        // "Toen hij binnenkwam …", "… stond op dat moment in de deuropening": the central account of that night
        assertThat(time(aangifte, "Toen hij binnenkwam begon hij direct te schreeuwen"))
                .isEqualTo(at("2024-06-08T23:40", TimePrecision.APPROXIMATE));
        assertThat(time(aangifte, "Onze zoon Daan stond op dat moment")).isEqualTo(at("2024-06-08T23:40", TimePrecision.APPROXIMATE));
    }

    @Test
    void noPassageOfAReportIsSpreadOverYearsUpToItsOwnDate() {
        for (SourceResult.Read r : List.of(aangifte, veiligThuis)) {
            LocalDate reportDate = LocalDate.parse(r.metadata().get("report.date"));
            assertThat(r.passages()).filteredOn(p -> p.time() != null).allSatisfy(p -> assertThat(
                    p.time().precision() == TimePrecision.INTERVAL && p.time().end().toLocalDate().equals(reportDate)
                            && p.time().start().toLocalDate().isBefore(reportDate.minusMonths(1)))
                    .as("%s: %s", p.locator().code(), p.time()).isFalse());
        }
        // "sinds ongeveer de zomer van 2023": where the jealousy began
        EventTime since = time(aangifte, "\"Mark is sinds ongeveer de zomer van 2023");
        assertThat(since.start().toLocalDate()).isEqualTo("2023-06-01");
        assertThat(since.end().toLocalDate()).isEqualTo("2023-08-31");
    }

    @Test
    void aParagraphNarratingSeveralDaysBecomesOnePassagePerEventCitedByItsFirstSentence() {
        Passage april = passage(veiligThuis, "De leerkracht heeft in april 2024 een blauwe plek");
        assertThat(april.locator().code()).isEqualTo("p2.6s2");
        assertThat(april.text()).startsWith("De leerkracht heeft in april 2024").endsWith("dat zij was gevallen.");
        assertThat(april.time().start().toLocalDate()).isEqualTo("2024-04-01");
        assertThat(april.time().end().toLocalDate()).isEqualTo("2024-04-30");
        Passage school = passage(veiligThuis, "School meldt dat Daan na de zomer van 2023");
        assertThat(school.locator().code()).isEqualTo("p2.6s1");
        assertThat(school.text()).doesNotContain("april 2024");
        assertThat(school.time().start().toLocalDate()).isEqualTo("2023-09-01");

        // one Veilig Thuis paragraph: the control since summer 2023, the money since February, 8 June, 15 June
        assertThat(veiligThuis.passages()).filteredOn(p -> p.locator().page() == 2 && p.locator().paragraph() == 3)
                .extracting(p -> p.locator().code() + " " + p.time().start().toLocalDate())
                .containsExactly("p2.3s1 2023-06-01", "p2.3s3 2024-02-01", "p2.3s5 2024-06-08", "p2.3s6 2024-06-15");
        assertThat(time(aangifte, "Op 28 mei 2024 wist hij")).isEqualTo(day("2024-05-28"));
        assertThat(time(aangifte, "Op 8 mei 2024 heb ik hem")).isEqualTo(day("2024-05-08"));
    }

    @Test
    void theMorningAfterAnEveningInAprilIsTheNextMorningOfThatApril() {
        EventTime next = time(aangifte, "De volgende ochtend stuurde hij 'sorry van gisteren'");
        assertThat(next.precision()).isEqualTo(TimePrecision.INTERVAL);
        assertThat(next.start().toLocalDateTime()).isEqualTo("2024-04-02T06:00");
        assertThat(next.end().toLocalDateTime()).isEqualTo("2024-05-01T11:59:59");
    }

    @Test
    void earlierIncidentsToldByDateInOneParagraphEachReachTheirOwnDay() {
        String paragraph = "Moeder vertelt dat het geweld al langer speelt. Op maandag 14 november 2022 heeft vader haar"
                + " voor het eerst geslagen. Zij had toen een blauw oog. Maandag 3 april 2023 gooide hij een glas naar"
                + " haar hoofd. Twee weken later stond hij met bloemen voor de deur.";

        List<NarrativeTimes.Piece> pieces = NarrativeTimes.perParagraph(List.of(paragraph), LocalDate.of(2024, 7, 19),
                AMSTERDAM).get(0);

        assertThat(pieces).extracting(NarrativeTimes.Piece::sentence).containsExactly(1, 4, 5);
        assertThat(pieces.get(0).text()).isEqualTo("Moeder vertelt dat het geweld al langer speelt. Op maandag 14"
                + " november 2022 heeft vader haar voor het eerst geslagen. Zij had toen een blauw oog.");
        assertThat(pieces.get(0).time()).isEqualTo(day("2022-11-14"));
        assertThat(pieces.get(1).time()).isEqualTo(day("2023-04-03"));
        assertThat(pieces.get(2).time().start().toLocalDate()).isEqualTo("2023-04-14");
        assertThat(pieces.get(2).time().end().toLocalDate()).isEqualTo("2023-04-20");
    }

    @Test
    void aRelativeTimeWithoutAnEarlierDateStaysUndatedWithItsReason() {
        List<NarrativeTimes.Piece> pieces = NarrativeTimes.perParagraph(
                List.of("Twee weken later stond hij weer voor de deur."), LocalDate.of(2024, 7, 19), AMSTERDAM).get(0);

        assertThat(pieces).singleElement().satisfies(p -> {
            assertThat(p.time()).isNull();
            assertThat(p.note()).isEqualTo("'Twee weken later' zonder eerder genoemde datum");
        });
    }

    private static SourceResult.Read read(String name) throws Exception {
        Path f = Path.of("..", "samples", "zaak-demo", name);
        byte[] all = Files.readAllBytes(f);
        Evidence e = new Evidence("E-0001", "0".repeat(64), all.length, f.toString(), name, "application/pdf", null,
                null, null, Instant.EPOCH, "test");
        return (SourceResult.Read) new DocumentSource().read(new SourceInput(f, e, "application/pdf",
                Arrays.copyOf(all, 8192)), SourceContext.defaults());
    }

    private static Passage passage(SourceResult.Read read, String start) {
        List<Passage> found = read.passages().stream().filter(p -> p.text().replace('\n', ' ').startsWith(start)).toList();
        assertThat(found).as("passages starting '%s'", start).hasSize(1);
        return found.get(0);
    }

    private static EventTime time(SourceResult.Read read, String start) {
        return passage(read, start).time();
    }

    private static EventTime at(String local, TimePrecision precision) {
        return EventTime.at(LocalDateTime.parse(local).atZone(AMSTERDAM), precision);
    }

    private static EventTime day(String date) {
        LocalDate d = LocalDate.parse(date);
        return new EventTime(d.atStartOfDay(AMSTERDAM), d.atTime(23, 59, 59).atZone(AMSTERDAM), TimePrecision.DAY);
    }
}
