package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import nl.patroon.core.evidence.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportKindTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Politie Eenheid Rotterdam / PROCES-VERBAAL AANGIFTE / Feit: Bedreiging                    | PROCES_VERBAAL_AANGIFTE
            Proces-verbaal van bevindingen. Wij deden een melding bij Veilig Thuis.                  | PROCES_VERBAAL_BEVINDINGEN
            PROCES-VERBAAL VAN VERHOOR VERDACHTE. Aangifte van mishandeling door aangeefster.        | PROCES_VERBAAL_VERHOOR
            Proces-verbaal getuigenverhoor                                                           | PROCES_VERBAAL_VERHOOR
            Veilig Thuis Rotterdam Rijnmond. Uit het proces-verbaal van aangifte blijkt dat           | VEILIG_THUIS
            Letselverklaring. Forensisch arts GGD Rotterdam. Verwijzing via Veilig Thuis.             | MEDICAL
            Huisartsenpraktijk De Linde, medische informatie over patiënte                            | MEDICAL
            Proces-verbaal.\\nV: Waar was u?\\nA: Thuis.                                               | PROCES_VERBAAL_VERHOOR
            Proces-verbaalnummer: PL1700-2024056789-1. Zij doet aangifte van bedreiging.              | PROCES_VERBAAL_AANGIFTE
            Notulen van de ouderavond                                                                 | OTHER
            """)
    void theNameThatAppearsFirstDecides(String head, SourceKind kind) {
        assertThat(ReportKind.of(head.replace("\\n", "\n").replace(" / ", "\n"))).isEqualTo(kind);
    }
}
