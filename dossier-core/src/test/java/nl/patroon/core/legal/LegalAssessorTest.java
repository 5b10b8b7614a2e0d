package nl.patroon.core.legal;

import static nl.patroon.core.incident.IncidentBuilder.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.legal.ElementAssessment.Status;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class LegalAssessorTest {
    final LegalCatalogue catalogue = LegalCatalogue.bundled();

    static ArticleAssessment assess(String article, List<Incident> incidents, List<Order> orders) {
        return new LegalAssessor(incidents, incidents.stream().map(Corroboration::of).toList(), orders)
                .assess(LegalCatalogue.bundled().article(article));
    }

    static ElementAssessment element(ArticleAssessment a, String id) {
        return a.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Stalking twice a week for ten weeks, after she left. */
    static List<Incident> stalking() {
        List<Incident> out = new ArrayList<>();
        LocalDate d = LocalDate.of(2024, 6, 17);
        for (int i = 1; i <= 20; i++) {
            out.add(incident(String.format("I-%04d", i)).at(d + "T21:00").is(Category.STALKING)
                    .from(SourceOrigin.SUSPECT, "E-0006").build());
            d = d.plusDays(i % 2 == 1 ? 3 : 4);
        }
        return out;
    }

    @Test
    void every_bundled_article_file_reads() {
        assertThat(catalogue.articles()).extracting(ArticleSpec::article)
                .containsExactly("284", "285", "285b", "300", "300-4", "350", "139h", "verbod", "zeden");
        assertThat(catalogue.article("art. 285B").title()).isEqualTo("Belaging");
        assertThat(catalogue.article("300 lid 4").article()).isEqualTo("300-4");
        assertThatThrownBy(() -> catalogue.article("999")).hasMessageContaining("285b");
    }

    @Test
    void a_typo_in_a_file_is_an_error_that_names_the_file() {
        assertThatThrownBy(() -> LegalCatalogue.parse("eigen.yaml", """
                article: "1"
                title: "x"
                elements:
                  - id: a
                    name: "a"
                    categorie: [STALKING]
                """)).hasMessageContaining("eigen.yaml").hasMessageContaining("categorie");
        assertThatThrownBy(() -> LegalCatalogue.parse("eigen.yaml", """
                article: "1"
                title: "x"
                elements:
                  - id: a
                    name: "a"
                    categories: [BELAGING]
                """)).hasMessageContaining("BELAGING");
    }

    @Test
    void belaging_stalking_over_ten_weeks_covers_stelselmatig_and_levenssfeer_and_shows_the_gaps() {
        ArticleAssessment a = assess("285b", stalking(), List.of());

        assertThat(element(a, "stelselmatig").status()).isEqualTo(Status.COVERED);
        assertThat(element(a, "stelselmatig").notes()).singleElement().asString()
                .startsWith("Herhaling: 20 incidenten op 20 dagen over 67 dagen");
        assertThat(element(a, "levenssfeer").status()).isEqualTo(Status.COVERED);
        assertThat(element(a, "levenssfeer").incidentIds()).hasSize(20).startsWith("I-0001", "I-0002");
        assertThat(element(a, "oogmerk").status()).isEqualTo(Status.GAP);
        assertThat(element(a, "klacht").status()).isEqualTo(Status.TO_ASSESS);
        assertThat(a.gaps()).containsExactly("wederrechtelijk", "oogmerk");
        assertThat(a.contacts()).isEqualTo(new ContactStatistics(20, 20, "2024-06-17", "2024-08-22", 67, "2.09", 0));
    }

    @Test
    void a_short_burst_is_below_the_reading_aid_for_stelselmatig() {
        ArticleAssessment a = assess("285b", stalking().subList(0, 4), List.of());
        assertThat(element(a, "stelselmatig").status()).isEqualTo(Status.GAP);
        assertThat(element(a, "stelselmatig").notes().get(0)).contains("onder de leeshulp");
    }

    @Test
    void the_victims_fear_supports_the_oogmerk_and_contact_during_a_ban_the_wederrechtelijkheid() {
        List<Incident> incidents = new ArrayList<>(stalking());
        incidents.add(incident("I-0100").at("2024-07-01T10:00").is(Category.VICTIM_FEAR).by(Actor.VICTIM)
                .from(SourceOrigin.VICTIM, "E-0007").build());
        Order ban = new Order("O-0001", OrderKind.CONTACTVERBOD, List.of("P-02"), "P-01", LocalDate.of(2024, 8, 1),
                Optional.empty(), Optional.empty(), "");

        ArticleAssessment a = assess("285b", incidents, List.of(ban));

        assertThat(element(a, "oogmerk").incidentIds()).containsExactly("I-0100");
        assertThat(element(a, "oogmerk").status()).isEqualTo(Status.TO_ASSESS);
        assertThat(element(a, "wederrechtelijk").incidentIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(Integer.parseInt(id.substring(2))).isGreaterThanOrEqualTo(14));
        assertThat(a.gaps()).isEmpty();
    }

    @Test
    void the_victims_own_threat_supports_no_element() {
        Incident joke = incident("I-0001").at("2024-05-01T12:00").is(Category.THREAT_TO_KILL).by(Actor.VICTIM)
                .from(SourceOrigin.VICTIM, "E-0005").build();
        assertThat(element(assess("285", List.of(joke), List.of()), "bedreiging").status()).isEqualTo(Status.GAP);
    }

    @Test
    void steunbewijs_names_the_incidents_resting_on_the_victim_alone() {
        Incident alone = incident("I-0001").at("2024-03-12T22:15").is(Category.PHYSICAL_VIOLENCE)
                .from(SourceOrigin.VICTIM, "E-0001").build();
        Incident seen = incident("I-0002").at("2024-06-08T23:40").is(Category.STRANGULATION)
                .from(SourceOrigin.VICTIM, "E-0001").from(SourceOrigin.POLICE, "E-0002").build();

        ElementAssessment e = element(assess("300", List.of(alone, seen), List.of()), "steunbewijs");

        assertThat(e.incidentIds()).containsExactly("I-0002");
        assertThat(e.notes()).singleElement().asString().contains("1 incident(en): I-0001");
    }

    @Test
    void the_law_version_follows_the_incident_date() {
        Incident before = incident("I-0001").at("2024-06-30T23:00").is(Category.SEXUAL_VIOLENCE).build();
        Incident after = incident("I-0002").at("2024-07-01T01:00").is(Category.SEXUAL_VIOLENCE).build();
        Incident undated = incident("I-0003").undated().is(Category.SEXUAL_VIOLENCE).build();

        ArticleAssessment a = assess("zeden", List.of(before, after, undated), List.of());

        assertThat(a.versions()).extracting(ArticleAssessment.VersionUse::incidentIds)
                .containsExactly(List.of("I-0001"), List.of("I-0002"), List.of("I-0003"));
        assertThat(a.versions().get(1).from()).isEqualTo("2024-07-01");
    }
}
