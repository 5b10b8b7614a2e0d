package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.patroon.core.evidence.SourceKind;
import org.junit.jupiter.api.Test;

class SpeakersTest {

    @Test
    void anAangifteAccountRunsFromZakelijkWeergegevenToTheSignature() {
        List<String> paragraphs = List.of(
                "PROCES-VERBAAL AANGIFTE",
                "Ik, verbalisant [A], verklaar het volgende:",
                "Hij deed aangifte van het volgende, zakelijk weergegeven:",
                "Ik doe aangifte van bedreiging.",
                "Hij zei: ik maak je af.",
                "Ik heb deze verklaring gelezen en blijf daarbij.",
                "Waarvan door mij is opgemaakt dit proces-verbaal.");

        assertThat(Speakers.of(SourceKind.PROCES_VERBAAL_AANGIFTE, paragraphs)).containsExactly(
                "verbalisant", "verbalisant", "verbalisant", "aangever", "aangever", "verbalisant", "verbalisant");
    }

    @Test
    void anAccountOpeningInTheSameParagraphAsTheFormulaIsTheAangeefsters() {
        List<String> paragraphs = List.of("PROCES-VERBAAL AANGIFTE",
                "Zij deed aangifte van het volgende, zakelijk weergegeven: Ik doe aangifte van mishandeling door "
                        + "mijn ex-partner. Hij heeft mij in mijn hals geknepen.");

        assertThat(Speakers.of(SourceKind.PROCES_VERBAAL_AANGIFTE, paragraphs)).containsExactly("verbalisant", "aangeefster");
    }

    @Test
    void aWitnessHearingGivesAnswersToTheGetuige() {
        List<String> paragraphs = List.of("PROCES-VERBAAL VAN VERHOOR GETUIGE", "V: Wat zag u?",
                "A: Ik zag hem slaan.", "De getuige [buurvrouw] verklaarde desgevraagd dat zij hulp riep.");

        assertThat(Speakers.of(SourceKind.PROCES_VERBAAL_VERHOOR, paragraphs))
                .containsExactly("verbalisant", "verbalisant", "getuige", "getuige");
    }

    @Test
    void outsidePoliceRecordsOnlyIntroducedSpeakersAreNamed() {
        List<String> paragraphs = List.of("Veilig Thuis Rotterdam Rijnmond", "Moeder vertelt dat hij haar sloeg.",
                "Volgens vader is er niets gebeurd.", "De leerkracht meldde blauwe plekken.", "Conclusie: vastgesteld.");

        assertThat(Speakers.of(SourceKind.VEILIG_THUIS, paragraphs))
                .containsExactly(null, "moeder", "vader", "leerkracht", null);
    }
}
