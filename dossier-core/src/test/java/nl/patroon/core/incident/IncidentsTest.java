package nl.patroon.core.incident;

import static nl.patroon.core.incident.IncidentBuilder.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class IncidentsTest {
    static Incidents.Confirmation confirmation(String sid, String evidence, int msg, String when, Category c,
                                               String actor, String text, SourceOrigin origin) {
        Passage p = new Passage(evidence, Locator.message(msg, msg), IncidentBuilder.minute(when), "x", "P-01", "nl",
                false, text);
        Suggestion s = new Suggestion(sid, p.id(), c, "r", 0, text.length(), text, "u", "e", Confidence.HIGH,
                ReviewState.OPEN, null, new DetectionAttributes(actor, "victim", "direct_message", false, false,
                false, null, List.of()));
        return new Incidents.Confirmation(s, p, origin, "");
    }

    @Test
    void confirmed_suggestions_become_one_incident_with_their_passages_as_supports() {
        Incident i = Incidents.fromSuggestions("I-0001", "Bedreiging en verwurging", List.of(
                confirmation("S-0002", "E-0004", 184, "2024-06-08T20:48", Category.THREAT_TO_KILL, "suspect",
                        "als je met de kinderen weggaat maak ik je af", SourceOrigin.SUSPECT),
                confirmation("S-0001", "E-0001", 3, "2024-06-08T23:40", Category.STRANGULATION, "suspect",
                        "hij kneep mijn keel dicht", SourceOrigin.VICTIM)));

        assertThat(i.categories()).containsExactly(Category.THREAT_TO_KILL, Category.STRANGULATION);
        assertThat(i.actor()).isEqualTo(Actor.SUSPECT);
        assertThat(i.suggestionIds()).containsExactly("S-0001", "S-0002");
        assertThat(i.supports()).extracting(SupportingPassage::passageId).containsExactly("E-0001:m3", "E-0004:m184");
        assertThat(i.time().precision()).isEqualTo(TimePrecision.INTERVAL);
        assertThat(i.time().start().getHour()).isEqualTo(20);
        assertThat(i.time().end().getHour()).isEqualTo(23);
    }

    @Test
    void the_victims_own_words_make_the_victims_incident() {
        Incident i = Incidents.fromSuggestions("I-0002", "grap", List.of(confirmation("S-0009", "E-0005", 40,
                "2024-05-01T12:00", Category.THREAT_TO_KILL, "victim", "ik vermoord je als je mijn chips opeet 😂",
                SourceOrigin.VICTIM)));
        assertThat(i.actor()).isEqualTo(Actor.VICTIM);
    }

    @Test
    void merging_keeps_the_lower_id_and_unites_everything() {
        Incident a = incident("I-0007").at("2024-06-08T23:40").is(Category.STRANGULATION)
                .from(SourceOrigin.VICTIM, "E-0001").described("Verwurging in de woning").build();
        Incident b = incident("I-0003").at("2024-06-08T20:48").is(Category.THREAT_TO_KILL)
                .from(SourceOrigin.SUSPECT, "E-0004").described("Doodsbedreiging per WhatsApp").build();

        Incident m = a.mergedWith(b);

        assertThat(m.id()).isEqualTo("I-0003");
        assertThat(m.categories()).containsExactly(Category.THREAT_TO_KILL, Category.STRANGULATION);
        assertThat(m.supports()).hasSize(2);
        assertThat(m.description()).isEqualTo("Doodsbedreiging per WhatsApp\nVerwurging in de woning");
        assertThat(m.without("E-0004:p1.1").supports()).extracting(SupportingPassage::evidenceId)
                .containsExactly("E-0001");
    }

    @Test
    void by_hand_needs_a_date_and_a_description() {
        assertThatThrownBy(() -> Incidents.byHand("I-0001", null, List.of(Category.STALKING), null, "x", List.of()))
                .hasMessageContaining("datum");
        assertThatThrownBy(() -> Incidents.byHand("I-0001", IncidentBuilder.day("2024-06-17"),
                List.of(Category.STALKING), null, " ", List.of())).hasMessageContaining("omschrijving");
        assertThat(Incidents.byHand("I-0001", IncidentBuilder.day("2024-06-17"), List.of(Category.STALKING), null,
                "Stond bij haar werk", List.of()).actor()).isEqualTo(Actor.SUSPECT);
    }

    @Test
    void a_long_passage_is_quoted_around_its_match() {
        String text = "a".repeat(400) + " ik maak je af " + "b".repeat(400);
        int s = text.indexOf("ik maak");
        String q = Incidents.quote(text, s, s + 13);
        assertThat(q).contains("ik maak je af").startsWith("…").endsWith("…");
        assertThat(q.length()).isLessThanOrEqualTo(Incidents.QUOTE_LIMIT + 2);
    }
}
