package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDateTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Op 8 juni 2024 werd ik geslagen. Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Rotterdam op 9 juni 2024. | 2024-06-09 | afsluiting
            Veilig Thuis Rotterdam Rijnmond / Datum: 12-06-2024 / Melding op 9 juni 2024.                                                                | 2024-06-12 | kop
            Op zondag 9 juni 2024 om 10.05 uur verscheen voor mij een persoon. Op zaterdag 8 juni 2024 omstreeks 23.40 uur stond hij voor de deur.        | 2024-06-09 | aanhef
            Op maandag 10 juni 2024 om 14.00 uur werd door mij gehoord: [verdachte].                                                                     | 2024-06-10 | aanhef
            Datum rapportage: 3 juli 2024. Opgemaakt te Rotterdam op 4 juli 2024.                                                                        | 2024-07-04 | afsluiting
            """)
    void aReportStatesItsOwnDate(String text, LocalDate date, String source) {
        assertThat(ReportDate.in(text.replace(" / ", "\n"), AMSTERDAM)).contains(new ReportDate(date, source));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Gisteravond belde hij. Op 8 juni werd ik geslagen.
            Opgemaakt op 9 juni.
            Geboren op 14 februari 1991 te [plaats].
            """)
    void withoutAFullDateInAStatingPlaceItIsUnknown(String text) {
        assertThat(ReportDate.in(text, AMSTERDAM)).isEmpty();
    }
}
