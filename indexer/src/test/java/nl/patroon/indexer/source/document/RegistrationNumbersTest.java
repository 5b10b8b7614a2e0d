package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Proces-verbaalnummer: PL1700-2024056789-1      | PL1700-2024056789-1   | 2024056789
            PV-nummer PL02R3-2013129746-12.                 | PL02R3-2013129746-12  | 2013129746
            (PL0971/07-010858D)                             | PL0971/07-010858D     |
            """)
    void findsPvNumbersAndTheRegistrationInsideThem(String text, String pv, String registration) {
        RegistrationNumbers n = RegistrationNumbers.in(text, false);

        assertThat(n.pvNumbers()).containsExactly(pv);
        if (registration == null) {
            assertThat(n.registrationNumbers()).isEmpty();
        } else {
            assertThat(n.registrationNumbers()).containsExactly(registration);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Parketnummer: 10/123456-24        | 10/123456-24
            parketnummer 08.087329.23 (OM)    | 08.087329.23
            zaak 05-780013-20 bij het hof     | 05-780013-20
            hof 22-001504-16.                 | 22-001504-16
            """)
    void findsParketnummersInEveryCourtStyle(String text, String parketnummer) {
        assertThat(RegistrationNumbers.in(text, false).parketnummers()).containsExactly(parketnummer);
    }

    @Test
    void labelledBvhNumbersCountAndEachNumberIsKeptOnce() {
        RegistrationNumbers n = RegistrationNumbers.in("BVH-nummer: 2024056789. Zie PL1700-2024056789-1 en "
                + "PL1700-2024056789-2; registratienummer 2024099999.", false);

        assertThat(n.registrationNumbers()).containsExactly("2024056789", "2024099999");
        assertThat(n.pvNumbers()).containsExactly("PL1700-2024056789-1", "PL1700-2024056789-2");
        assertThat(n.asMetadata()).containsEntry("report.pvNumbers", "PL1700-2024056789-1, PL1700-2024056789-2");
    }

    @Test
    void veiligThuisNumbersAndTheZaaknummerOfAVeiligThuisFile() {
        String text = "Zaaknummer: 2024-0173-RR\nEerdere melding VT-RR-2023-0042.";

        assertThat(RegistrationNumbers.in(text, true).veiligThuisNumbers()).containsExactly("VT-RR-2023-0042", "2024-0173-RR");
        assertThat(RegistrationNumbers.in(text, false).veiligThuisNumbers()).containsExactly("VT-RR-2023-0042");
    }

    @Test
    void phoneNumbersDatesAndTimesAreNoIdentifiers() {
        RegistrationNumbers n = RegistrationNumbers.in("Tel. 06-12345678, +31 6 12345678; op 08-06-2024 om 23.40 uur; "
                + "art. 300 Sr; bedrag 1.234.567,89", false);

        assertThat(n.asMetadata()).isEmpty();
    }
}
