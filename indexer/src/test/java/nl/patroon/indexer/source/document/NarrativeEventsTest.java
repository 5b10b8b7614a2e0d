package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.api.Test;

/** A paragraph that narrates several dated events, some in one sentence: a piece per event, each on its own day. */
class NarrativeEventsTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void eachEventOfAMultiDateSentenceIsAPieceOfItsOwnCitedByItsUnit() {
        String paragraph = "Aangeefster vertelt over eerdere incidenten. In november 2023 duwde hij haar tegen de muur, "
                + "op 8 juni 2024 sloeg hij haar in het gezicht en op 15 juni 2024 stond hij weer voor de deur. "
                + "Zij was toen erg bang.";

        List<NarrativeTimes.Piece> pieces = NarrativeTimes.perParagraph(List.of(paragraph), LocalDate.of(2024, 6, 20),
                AMSTERDAM).get(0);

        assertThat(pieces).extracting(NarrativeTimes.Piece::text).containsExactly(
                "Aangeefster vertelt over eerdere incidenten. In november 2023 duwde hij haar tegen de muur,",
                "op 8 juni 2024 sloeg hij haar in het gezicht",
                "en op 15 juni 2024 stond hij weer voor de deur. Zij was toen erg bang.");
        assertThat(pieces).extracting(p -> p.time().start().toLocalDate()).extracting(LocalDate::toString)
                .containsExactly("2023-11-01", "2024-06-08", "2024-06-15");
        assertThat(pieces).extracting(p -> p.time().precision())
                .containsExactly(TimePrecision.INTERVAL, TimePrecision.DAY, TimePrecision.DAY);
        // cited by the unit each starts with: sentence 1, then the clauses of sentence 2 that open a further date
        assertThat(pieces).extracting(p -> Locator.onPage(1, 4).fromSentence(p.sentence()).code())
                .containsExactly("p1.4s1", "p1.4s3", "p1.4s4");
    }

    @Test
    void aSentenceWithOneEventOrNoClauseBetweenItsDatesStaysWhole() {
        List<NarrativeTimes.Piece> pieces = NarrativeTimes.perParagraph(List.of(
                "Op een avond in april 2024, ik denk in het weekend van 6 april, heeft hij mij tegen de muur geduwd.",
                "Tussen 3 april 2023 en 8 juni 2024 heeft hij mij meerdere keren bedreigd."),
                LocalDate.of(2024, 6, 9), AMSTERDAM).stream().flatMap(List::stream).toList();

        assertThat(pieces).extracting(NarrativeTimes.Piece::sentence).containsExactly(0, 0);
    }
}
