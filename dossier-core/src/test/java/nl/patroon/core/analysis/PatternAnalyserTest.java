package nl.patroon.core.analysis;

import static nl.patroon.core.incident.IncidentBuilder.incident;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.json.Json;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class PatternAnalyserTest {
    final PatternAnalyser analyser = PatternAnalyser.bundled();

    /**
     * Control from January, separation in May, then stalking, a threat to kill and a strangulation in June:
     * more often and more severe, with shorter gaps. Plus the victim's joke and an undated incident.
     */
    static List<Incident> escalatingCase() {
        return List.of(
                incident("I-0001").at("2024-01-10T20:00").is(Category.MONITORING).build(),
                incident("I-0002").at("2024-02-20T20:00").is(Category.HUMILIATION).build(),
                incident("I-0003").at("2024-04-02T20:00").is(Category.ISOLATION).build(),
                incident("I-0004").at("2024-05-01T12:00").is(Category.THREAT_TO_KILL).by(Actor.VICTIM)
                        .described("haar eigen grap").from(SourceOrigin.VICTIM, "E-0005").build(),
                incident("I-0005").at("2024-05-20T20:45").is(Category.SEPARATION).by(Actor.VICTIM)
                        .from(SourceOrigin.VICTIM, "E-0004").build(),
                incident("I-0006").at("2024-05-28T22:00").is(Category.STALKING).build(),
                incident("I-0007").at("2024-06-03T22:00").is(Category.STALKING, Category.MONITORING).build(),
                incident("I-0008").at("2024-06-08T20:48").is(Category.THREAT_TO_KILL, Category.STRANGULATION)
                        .from(SourceOrigin.SUSPECT, "E-0004").from(SourceOrigin.VICTIM, "E-0001")
                        .from(SourceOrigin.POLICE, "E-0002").build(),
                incident("I-0009").at("2024-06-10T09:00").is(Category.VICTIM_FEAR).by(Actor.VICTIM)
                        .from(SourceOrigin.VICTIM, "E-0011").build(),
                incident("I-0010").undated().is(Category.PHYSICAL_VIOLENCE).from(SourceOrigin.VICTIM, "E-0003").build());
    }

    Analysis analyse(List<Incident> incidents, String... articles) {
        return analyser.analyse(new PatternAnalyser.Input(incidents, List.of(), List.of(), List.of(articles)));
    }

    @Test
    void months_and_weeks_show_every_period_with_empty_ones_as_zero() {
        Analysis a = analyse(escalatingCase());

        assertThat(a.months().periods()).containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05",
                "2024-06");
        assertThat(a.months().total()).containsExactly(1, 1, 0, 1, 2, 3);
        assertThat(a.months().categories().get("STALKING")).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(a.weeks().periods()).startsWith("2024-W02", "2024-W03").endsWith("2024-W24").hasSize(23);
        assertThat(a.undatedIncidentIds()).containsExactly("I-0010");
        assertThat(a.firstDay()).isEqualTo("2024-01-10");
    }

    @Test
    void the_victims_own_words_never_count_as_his_behaviour() {
        Analysis a = analyse(escalatingCase());

        // her joke in May is not counted; his threat in June is
        assertThat(a.months().categories().get("THREAT_TO_KILL")).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(flag(a, "threat_to_kill").incidentIds()).containsExactly("I-0008");
        // her fear and the separation she announced are context, counted whoever says them
        assertThat(flag(a, "victim_fear").incidentIds()).containsExactly("I-0009");
        assertThat(flag(a, "separation").incidentIds()).containsExactly("I-0005");
    }

    @Test
    void escalation_first_appearances_and_shortening_intervals() {
        Analysis a = analyse(escalatingCase());

        assertThat(a.escalation().frequency().series()).containsExactly(1, 1, 0, 1, 1, 2);
        assertThat(a.escalation().frequency().verdict()).isEqualTo(Trend.Verdict.RISING);
        assertThat(a.escalation().severity().series()).containsExactly(1, 1, 1, 2, 4);
        assertThat(a.escalation().severity().verdict()).isEqualTo(Trend.Verdict.RISING);
        assertThat(a.firstAppearances()).extracting(Findings.FirstAppearance::category).containsExactly(
                "MONITORING", "HUMILIATION", "ISOLATION", "SEPARATION", "STALKING", "THREAT_TO_KILL",
                "STRANGULATION", "VICTIM_FEAR");
        assertThat(a.intervals().verdict()).isEqualTo(Intervals.Verdict.SHORTENING);
        assertThat(a.intervals().recent()).last().isEqualTo(new Intervals.Gap("2024-06-03", "2024-06-08", 5));
    }

    @Test
    void red_flags_and_stages_name_their_incidents() {
        Analysis a = analyse(escalatingCase());

        assertThat(flag(a, "stalking_after_separation").incidentIds()).containsExactly("I-0006", "I-0007");
        assertThat(flag(a, "strangulation").present()).isTrue();
        assertThat(flag(a, "weapon").present()).isFalse();
        assertThat(a.stages()).extracting(Findings.Stage::stage, Findings.Stage::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "MANUAL"), org.assertj.core.groups.Tuple.tuple(2, "MANUAL"),
                org.assertj.core.groups.Tuple.tuple(3, "SUPPORTED"), org.assertj.core.groups.Tuple.tuple(4, "SUPPORTED"),
                org.assertj.core.groups.Tuple.tuple(5, "SUPPORTED"), org.assertj.core.groups.Tuple.tuple(6, "MANUAL"),
                org.assertj.core.groups.Tuple.tuple(7, "SUPPORTED"));
        assertThat(a.stages().get(4).incidentIds()).containsExactly("I-0006", "I-0007", "I-0008");
    }

    @Test
    void corroboration_flags_what_rests_on_the_victim_alone() {
        Analysis a = analyse(escalatingCase());
        assertThat(a.victimOnly()).containsExactly("I-0004", "I-0005", "I-0009", "I-0010");
    }

    @Test
    void the_chosen_articles_only() {
        assertThat(analyse(escalatingCase(), "285b", "300-4").articles())
                .extracting(nl.patroon.core.legal.ArticleAssessment::article).containsExactly("285b", "300-4");
    }

    @Test
    void the_same_case_gives_byte_identical_json_whatever_the_input_order() throws Exception {
        List<Incident> incidents = new ArrayList<>(escalatingCase());
        byte[] first = Json.mapper().writeValueAsBytes(analyse(incidents));
        byte[] again = Json.mapper().writeValueAsBytes(analyse(incidents));
        Collections.shuffle(incidents, new Random(3));
        byte[] shuffled = Json.mapper().writeValueAsBytes(analyse(incidents));

        assertThat(again).isEqualTo(first);
        assertThat(shuffled).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"schema\":\"patroon.analysis/1\"").doesNotContain("generated");
    }

    @Test
    void the_family_view_names_the_children_present_the_threats_about_them_and_the_confirmed_breaches() {
        Order contactban = new Order("O-0001", OrderKind.CONTACTVERBOD, List.of("P-02", "P-03"), "P-01",
                LocalDate.parse("2024-06-01"), Optional.of(LocalDate.parse("2024-06-30")), Optional.empty(), "");
        Order omgang = new Order("O-0002", OrderKind.OMGANG, List.of("P-03"), "P-01",
                LocalDate.parse("2024-01-01"), Optional.empty(), Optional.empty(), "");
        List<Incident> incidents = List.of(
                incident("I-0001").at("2024-05-20T20:00").is(Category.PHYSICAL_VIOLENCE, Category.CHILD_EXPOSURE).build(),
                incident("I-0002").at("2024-05-25T20:00").is(Category.CUSTODY_THREAT).build(),
                incident("I-0003").at("2024-05-28T20:00").is(Category.ORDER_VIOLATION).build(),
                incident("I-0004").at("2024-06-12T20:00").is(Category.ORDER_VIOLATION).build(),
                incident("I-0005").at("2024-06-13T20:00").is(Category.ORDER_VIOLATION).by(Actor.VICTIM).build());

        Findings.Family f = analyser.analyse(new PatternAnalyser.Input(incidents, List.of(contactban, omgang),
                List.of(), List.of())).family();

        assertThat(f.childrenPresent()).containsExactly("I-0001");
        assertThat(f.threatsAboutChildren()).containsExactly("I-0002");
        assertThat(f.breaches()).as("only the suspect's violation on a day the ban was in force")
                .containsExactly(new Findings.ConfirmedBreach("O-0001", "contactverbod", List.of("I-0004")));
    }

    @Test
    void an_empty_case_analyses_to_empty_tables() {
        Analysis a = analyse(List.of());
        assertThat(a.months().periods()).isEmpty();
        assertThat(a.escalation().frequency().verdict()).isEqualTo(Trend.Verdict.INSUFFICIENT);
        assertThat(a.redFlags()).allSatisfy(f -> assertThat(f.present()).isFalse());
    }

    static Findings.RedFlag flag(Analysis a, String id) {
        return a.redFlags().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
