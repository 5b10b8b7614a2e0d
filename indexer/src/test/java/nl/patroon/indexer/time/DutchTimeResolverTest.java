package nl.patroon.indexer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchTimeResolverTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * Acceptance 3: time expressions as they occur in Dutch reports, each resolved against the report's own
     * date. 2024-06-09 is a Sunday. An empty end means a point in time (end = start).
     */
    @ParameterizedTest(name = "[{index}] \"{0}\" op {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # expression                                              | reference  | start               | end                 | precision
            op zaterdag 8 juni 2024 omstreeks 23.40 uur                 | 2024-06-09 | 2024-06-08T23:40    |                     | APPROXIMATE
            zaterdag 8 juni 2024 om 23.40 uur                           | 2024-06-09 | 2024-06-08T23:40    |                     | MINUTE
            Pleegdatum/tijd: dinsdag 12 maart 2024 om 22.15 uur         | 2024-03-13 | 2024-03-12T22:15    |                     | MINUTE
            Op woensdag 13 maart 2024 om 10.05 uur verscheen            | 2024-03-13 | 2024-03-13T10:05    |                     | MINUTE
            zondag 9 juni 2024, 10.05 uur                               | 2024-06-09 | 2024-06-09T10:05    |                     | MINUTE
            om 23.40 uur op zaterdag 8 juni 2024                        | 2024-06-09 | 2024-06-08T23:40    |                     | MINUTE
            8 jun. 2024 om 23:40                                        | 2024-06-09 | 2024-06-08T23:40    |                     | MINUTE
            op 12 maart 2024 rond 22.00 uur                             | 2024-03-13 | 2024-03-12T22:00    |                     | APPROXIMATE
            op 8 juni 2024 te Rotterdam omstreeks 23.40 uur             | 2024-06-09 | 2024-06-08T23:40    |                     | APPROXIMATE
            op dinsdag 12 maart 2024 te [plaats], om 22.15 uur          | 2024-03-13 | 2024-03-12T22:15    |                     | MINUTE
            8 juni 2024                                                 | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            op of omstreeks 12 maart 2024                               | 2024-06-09 | 2024-03-12T00:00    | 2024-03-12T23:59:59 | DAY
            8 juni                                                      | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            op 12 december                                              | 2024-06-09 | 2023-12-12T00:00    | 2023-12-12T23:59:59 | DAY
            zaterdag 8 juni                                             | 2026-01-10 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            donderdag 29 februari                                       | 2024-06-09 | 2024-02-29T00:00    | 2024-02-29T23:59:59 | DAY
            08-06-2024                                                  | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            8/6/2024                                                    | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            08.06.2024                                                  | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            2024-06-08                                                  | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            8-6-24                                                      | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            in de nacht van 7 op 8 juni                                 | 2024-06-09 | 2024-06-07T22:00    | 2024-06-08T05:59:59 | INTERVAL
            in de nacht van vrijdag 7 op zaterdag 8 juni 2024           | 2024-06-09 | 2024-06-07T22:00    | 2024-06-08T05:59:59 | INTERVAL
            in de nacht van 31 mei op 1 juni 2024                       | 2024-06-09 | 2024-05-31T22:00    | 2024-06-01T05:59:59 | INTERVAL
            afgelopen vrijdag                                           | 2024-06-09 | 2024-06-07T00:00    | 2024-06-07T23:59:59 | DAY
            afgelopen zondag                                            | 2024-06-09 | 2024-06-02T00:00    | 2024-06-02T23:59:59 | DAY
            vrijdag jl.                                                 | 2024-06-09 | 2024-06-07T00:00    | 2024-06-07T23:59:59 | DAY
            vorige week vrijdag                                         | 2024-06-09 | 2024-05-31T00:00    | 2024-05-31T23:59:59 | DAY
            afgelopen vrijdagavond                                      | 2024-06-09 | 2024-06-07T18:00    | 2024-06-07T23:59:59 | INTERVAL
            afgelopen zaterdagnacht                                     | 2024-06-09 | 2024-06-08T22:00    | 2024-06-09T05:59:59 | INTERVAL
            gisteren                                                    | 2024-06-09 | 2024-06-08T00:00    | 2024-06-08T23:59:59 | DAY
            eergisteren                                                 | 2024-06-09 | 2024-06-07T00:00    | 2024-06-07T23:59:59 | DAY
            gisteravond                                                 | 2024-06-09 | 2024-06-08T18:00    | 2024-06-08T23:59:59 | INTERVAL
            gisteravond omstreeks 22.00 uur                             | 2024-06-09 | 2024-06-08T22:00    |                     | APPROXIMATE
            gisteravond om tien uur                                     | 2024-06-09 | 2024-06-08T22:00    |                     | MINUTE
            vanochtend                                                  | 2024-06-09 | 2024-06-09T06:00    | 2024-06-09T11:59:59 | INTERVAL
            vannacht om drie uur                                        | 2024-06-09 | 2024-06-09T03:00    |                     | MINUTE
            vorige week                                                 | 2024-06-09 | 2024-05-27T00:00    | 2024-06-02T23:59:59 | INTERVAL
            twee weken geleden                                          | 2024-06-09 | 2024-05-20T00:00    | 2024-05-26T23:59:59 | INTERVAL
            drie dagen geleden                                          | 2024-06-09 | 2024-06-06T00:00    | 2024-06-06T23:59:59 | DAY
            een maand geleden                                           | 2024-06-09 | 2024-05-01T00:00    | 2024-05-31T23:59:59 | INTERVAL
            ongeveer twee jaar geleden                                  | 2024-06-09 | 2022-01-01T00:00    | 2022-12-31T23:59:59 | INTERVAL
            vorige maand                                                | 2024-01-15 | 2023-12-01T00:00    | 2023-12-31T23:59:59 | INTERVAL
            vorig jaar                                                  | 2024-06-09 | 2023-01-01T00:00    | 2023-12-31T23:59:59 | INTERVAL
            rond half elf 's avonds                                     | 2024-06-09 | 2024-06-09T22:30    |                     | APPROXIMATE
            om kwart over tien ’s avonds                                | 2024-06-09 | 2024-06-09T22:15    |                     | MINUTE
            omstreeks tien voor half twaalf 's nachts                   | 2024-06-09 | 2024-06-09T23:20    |                     | APPROXIMATE
            om twee uur 's middags                                      | 2024-06-09 | 2024-06-09T14:00    |                     | MINUTE
            tien uur 's avonds                                          | 2024-06-09 | 2024-06-09T22:00    |                     | MINUTE
            half elf 's avonds                                          | 2024-06-09 | 2024-06-09T22:30    |                     | MINUTE
            tussen 21.30 uur en 22.00 uur                               | 2024-06-09 | 2024-06-09T21:30    | 2024-06-09T22:00    | INTERVAL
            op 8 juni 2024 tussen 21.30 en 22.00 uur                    | 2024-06-09 | 2024-06-08T21:30    | 2024-06-08T22:00    | INTERVAL
            zaterdag 8 juni 2024 tussen 23.30 uur en 00.30 uur          | 2024-06-09 | 2024-06-08T23:30    | 2024-06-09T00:30    | INTERVAL
            op 8 juni 2024 in de avond                                  | 2024-06-09 | 2024-06-08T18:00    | 2024-06-08T23:59:59 | INTERVAL
            in de avond van 8 juni 2024                                 | 2024-06-09 | 2024-06-08T18:00    | 2024-06-08T23:59:59 | INTERVAL
            in de zomer van 2023                                        | 2024-06-09 | 2023-06-01T00:00    | 2023-08-31T23:59:59 | INTERVAL
            op een avond in de zomer van 2023                           | 2024-06-09 | 2023-06-01T00:00    | 2023-08-31T23:59:59 | INTERVAL
            in het voorjaar van 2023                                    | 2024-06-09 | 2023-03-01T00:00    | 2023-05-31T23:59:59 | INTERVAL
            afgelopen zomer                                             | 2024-06-09 | 2023-06-01T00:00    | 2023-08-31T23:59:59 | INTERVAL
            de winter van 2022/2023                                     | 2024-06-09 | 2022-12-01T00:00    | 2023-02-28T23:59:59 | INTERVAL
            begin maart                                                 | 2024-06-09 | 2024-03-01T00:00    | 2024-03-10T23:59:59 | INTERVAL
            medio mei 2024                                              | 2024-06-09 | 2024-05-11T00:00    | 2024-05-20T23:59:59 | INTERVAL
            eind januari                                                | 2024-06-09 | 2024-01-21T00:00    | 2024-01-31T23:59:59 | INTERVAL
            eind 2023                                                   | 2024-06-09 | 2023-09-01T00:00    | 2023-12-31T23:59:59 | INTERVAL
            begin 2024                                                  | 2024-06-09 | 2024-01-01T00:00    | 2024-04-30T23:59:59 | INTERVAL
            in maart 2024                                               | 2024-06-09 | 2024-03-01T00:00    | 2024-03-31T23:59:59 | INTERVAL
            in maart                                                    | 2024-02-10 | 2023-03-01T00:00    | 2023-03-31T23:59:59 | INTERVAL
            in 2023                                                     | 2024-06-09 | 2023-01-01T00:00    | 2023-12-31T23:59:59 | INTERVAL
            sinds ongeveer 2021                                         | 2024-06-09 | 2021-01-01T00:00    | 2024-06-09T23:59:59 | INTERVAL
            sinds 12 maart 2024                                         | 2024-06-09 | 2024-03-12T00:00    | 2024-06-09T23:59:59 | INTERVAL
            in de periode van 1 januari 2023 tot en met 12 maart 2024   | 2024-06-09 | 2023-01-01T00:00    | 2024-03-12T23:59:59 | INTERVAL
            van 12-03-2024 tot 22-03-2024                               | 2024-06-09 | 2024-03-12T00:00    | 2024-03-21T23:59:59 | INTERVAL
            tussen 1 en 5 mei 2024                                      | 2024-06-09 | 2024-05-01T00:00    | 2024-05-05T23:59:59 | INTERVAL
            dinsdagavond 12 maart 2024                                  | 2024-03-13 | 2024-03-12T18:00    | 2024-03-12T23:59:59 | INTERVAL
            dinsdagavond 12 maart 2024 omstreeks tien uur               | 2024-03-13 | 2024-03-12T22:00    |                     | APPROXIMATE
            afgelopen weekend                                           | 2024-06-10 | 2024-06-08T00:00    | 2024-06-09T23:59:59 | INTERVAL
            in de nacht van zaterdag op zondag                          | 2024-06-10 | 2024-06-08T22:00    | 2024-06-09T05:59:59 | INTERVAL
            in de nacht van zaterdag op zondag                          | 2024-06-09 | 2024-06-08T22:00    | 2024-06-09T05:59:59 | INTERVAL
            """)
    void resolvesReportExpressions(String expression, LocalDate reference, LocalDateTime start, LocalDateTime end,
                                   TimePrecision precision) {
        List<TimeExpression> found = DutchTimeResolver.resolve(expression, reference, AMSTERDAM);

        assertThat(found).as("expressions in '%s'", expression).hasSize(1);
        TimeExpression e = found.get(0);
        assertThat(e.time().start().toLocalDateTime()).as("start").isEqualTo(start);
        assertThat(e.time().end().toLocalDateTime()).as("end").isEqualTo(end == null ? start : end);
        assertThat(e.time().precision()).as("precision").isEqualTo(precision);
        assertThat(e.time().start().getZone()).isEqualTo(AMSTERDAM);
        assertThat(e.text()).isEqualTo(expression.substring(e.start(), e.end()));
    }

    @Test
    void spanCoversTheWholeExpressionInsideASentence() {
        String sentence = "Op zaterdag 8 juni 2024 omstreeks 23.40 uur bevond ik mij in mijn woning te Rotterdam.";

        List<TimeExpression> found = DutchTimeResolver.resolve(sentence, LocalDate.of(2024, 6, 9), AMSTERDAM);

        assertThat(found).extracting(TimeExpression::text)
                .containsExactly("zaterdag 8 juni 2024 omstreeks 23.40 uur");
    }

    @Test
    void findsEveryExpressionOfANarrativeInTextOrder() {
        String text = "Sinds ongeveer 2021 slaat hij mij. Afgelopen vrijdag kwam hij rond half elf 's avonds binnen. "
                + "Gisteravond om 22.15 uur belde hij 14 keer.";

        List<TimeExpression> found = DutchTimeResolver.resolve(text, LocalDate.of(2024, 6, 9), AMSTERDAM);

        assertThat(found).extracting(TimeExpression::text).containsExactly("Sinds ongeveer 2021",
                "Afgelopen vrijdag", "rond half elf 's avonds", "Gisteravond om 22.15 uur");
    }

    @Test
    void aClockTimeAloneIsMarkedAsHavingNoDayOfItsOwn() {
        TimeExpression e = DutchTimeResolver.resolve("Om 23.50 uur kwam hij terug.", LocalDate.of(2024, 6, 9),
                AMSTERDAM).get(0);

        assertThat(e.dayKnown()).isFalse();
        TimeExpression moved = e.onDay(LocalDate.of(2024, 6, 8));
        assertThat(moved.dayKnown()).isTrue();
        assertThat(moved.time().start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 6, 8, 23, 50));
    }

    @Test
    void identifiersAmountsAndSectionNumbersAreNotTimes() {
        String text = "Parketnummer 10/123456-24, 08.087329.23 en 05-780013-20; PL1700-2024056789-1; "
                + "artikel 300 Sr; schade € 12.50; zie paragraaf 5.3; hij is tien jaar oud; 31 februari 2024; "
                + "om 25.00 uur; hij bleef een uur staan en belde twee uur later terug; om de twee uur.";

        assertThat(DutchTimeResolver.resolve(text, LocalDate.of(2024, 6, 9), AMSTERDAM)).isEmpty();
    }
}
