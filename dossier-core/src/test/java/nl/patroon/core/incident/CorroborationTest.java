package nl.patroon.core.incident;

import static nl.patroon.core.incident.IncidentBuilder.incident;
import static org.assertj.core.api.Assertions.assertThat;

import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class CorroborationTest {
    @Test
    void the_aangifte_and_everyone_retelling_it_are_one_origin_the_victim() {
        Incident i = incident("I-0001").at("2024-06-08T23:40").is(Category.STRANGULATION)
                .from(SourceOrigin.VICTIM, "E-0001").from(SourceOrigin.VICTIM, "E-0003")
                .from(SourceOrigin.VICTIM, "E-0011").build();

        Corroboration c = Corroboration.of(i);

        assertThat(c.independentOrigins()).isEqualTo(1);
        assertThat(c.besidesVictim()).isZero();
        assertThat(c.victimOnly()).isTrue();
    }

    @Test
    void police_observation_a_doctor_and_the_suspects_own_words_each_count() {
        Incident i = incident("I-0001").at("2024-06-08T23:40").is(Category.STRANGULATION)
                .from(SourceOrigin.VICTIM, "E-0001").from(SourceOrigin.POLICE, "E-0002")
                .from(SourceOrigin.MEDICAL, "E-0010").from(SourceOrigin.SUSPECT, "E-0004")
                .from(SourceOrigin.SUSPECT, "E-0005").build();

        Corroboration c = Corroboration.of(i);

        assertThat(c.origins()).containsExactly("MEDICAL:E-0010", "POLICE:E-0002", "SUSPECT", "VICTIM");
        assertThat(c.besidesVictim()).isEqualTo(3);
        assertThat(c.victimOnly()).isFalse();
    }

    @Test
    void two_witnesses_are_two_origins_and_an_unknown_origin_counts_for_nothing() {
        Incident i = incident("I-0001").at("2024-06-08T23:40").is(Category.PHYSICAL_VIOLENCE)
                .from(SourceOrigin.WITNESS, "E-0006", "P-05").from(SourceOrigin.WITNESS, "E-0006", "P-06")
                .from(SourceOrigin.UNKNOWN, "E-0007").build();

        Corroboration c = Corroboration.of(i);

        assertThat(c.independentOrigins()).isEqualTo(2);
        assertThat(c.unknownOrigins()).isEqualTo(1);
        assertThat(c.victimOnly()).isFalse();
    }

    @Test
    void default_origins_by_document_speaker_and_author() {
        assertThat(OriginRules.classify(SourceKind.PROCES_VERBAAL_AANGIFTE, "aangeefster", null))
                .isEqualTo(SourceOrigin.VICTIM);
        assertThat(OriginRules.classify(SourceKind.PROCES_VERBAAL_BEVINDINGEN, null, null))
                .isEqualTo(SourceOrigin.POLICE);
        assertThat(OriginRules.classify(SourceKind.PROCES_VERBAAL_BEVINDINGEN, "aangeefster", null))
                .isEqualTo(SourceOrigin.VICTIM);
        assertThat(OriginRules.classify(SourceKind.VEILIG_THUIS, "moeder", null)).isEqualTo(SourceOrigin.VICTIM);
        assertThat(OriginRules.classify(SourceKind.VEILIG_THUIS, "school", null)).isEqualTo(SourceOrigin.WITNESS);
        assertThat(OriginRules.classify(SourceKind.CHAT_EXPORT, null, PartyRole.VERDACHTE))
                .isEqualTo(SourceOrigin.SUSPECT);
        assertThat(OriginRules.classify(SourceKind.SMS, null, null)).isEqualTo(SourceOrigin.UNKNOWN);
        assertThat(OriginRules.classify(SourceKind.MEDICAL, null, null)).isEqualTo(SourceOrigin.MEDICAL);
    }
}
