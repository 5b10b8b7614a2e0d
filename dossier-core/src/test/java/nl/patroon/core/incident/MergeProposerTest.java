package nl.patroon.core.incident;

import static nl.patroon.core.incident.IncidentBuilder.approx;
import static nl.patroon.core.incident.IncidentBuilder.day;
import static nl.patroon.core.incident.IncidentBuilder.incident;
import static nl.patroon.core.incident.IncidentBuilder.minute;
import static nl.patroon.core.incident.IncidentBuilder.period;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class MergeProposerTest {
    /** The 8 June night told by four sources (the example). */
    final MergeCandidate chatThreat = MergeCandidate.suggestion("S-0040", minute("2024-06-08T20:48"),
            Category.THREAT_TO_KILL, "E-0004", false);
    final MergeCandidate aangifte = MergeCandidate.suggestion("S-0007", approx("2024-06-08T23:40"),
            Category.STRANGULATION, "E-0001", true);
    final MergeCandidate bevindingen = MergeCandidate.suggestion("S-0012", minute("2024-06-09T00:10"),
            Category.PHYSICAL_VIOLENCE, "E-0002", true);
    final MergeCandidate veiligThuis = MergeCandidate.suggestion("S-0020",
            period("2024-06-08T20:00", "2024-06-09T06:00"), Category.STRANGULATION, "E-0003", true);

    @Test
    void one_night_told_by_a_chat_the_aangifte_the_police_and_veilig_thuis_is_one_proposal() {
        List<MergeProposal> ps = MergeProposer.propose(List.of(chatThreat, aangifte, bevindingen, veiligThuis));

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.day()).isEqualTo(LocalDate.of(2024, 6, 8));
            assertThat(p.suggestionIds()).containsExactly("S-0007", "S-0012", "S-0020", "S-0040");
            assertThat(p.evidenceIds()).containsExactly("E-0001", "E-0002", "E-0003", "E-0004");
            assertThat(p.categories()).containsExactly(Category.THREAT_TO_KILL, Category.PHYSICAL_VIOLENCE,
                    Category.STRANGULATION);
            assertThat(p.time().precision()).isEqualTo(TimePrecision.INTERVAL);
            assertThat(p.reasonNl()).contains("4 bronnen op 8 juni 2024");
        });
    }

    @Test
    void a_morning_message_is_beyond_the_accounts_reach_and_another_day_is_never_compared() {
        MergeCandidate morning = MergeCandidate.suggestion("S-0030", minute("2024-06-08T09:15"),
                Category.MONITORING, "E-0004", false);
        MergeCandidate nextEvening = MergeCandidate.suggestion("S-0050", minute("2024-06-09T20:00"),
                Category.STALKING, "E-0005", false);

        List<MergeProposal> ps = MergeProposer.propose(List.of(morning, chatThreat, aangifte, nextEvening));

        assertThat(ps).singleElement().extracting(MergeProposal::suggestionIds)
                .isEqualTo(List.of("S-0007", "S-0040"));
    }

    @Test
    void a_single_source_is_not_proposed() {
        MergeCandidate second = MergeCandidate.suggestion("S-0041", minute("2024-06-08T20:50"),
                Category.THREAT_TO_KILL, "E-0004", false);
        assertThat(MergeProposer.propose(List.of(chatThreat, second))).isEmpty();
    }

    @Test
    void the_same_threat_in_two_exports_is_one_act() {
        MergeCandidate otherPhone = MergeCandidate.suggestion("S-0090", minute("2024-06-08T20:48"),
                Category.THREAT_TO_KILL, "E-0005", false);
        MergeCandidate otherCategory = MergeCandidate.suggestion("S-0091", minute("2024-06-08T20:49"),
                Category.MONITORING, "E-0006", false);

        assertThat(MergeProposer.propose(List.of(chatThreat, otherPhone, otherCategory)))
                .singleElement().extracting(MergeProposal::suggestionIds).isEqualTo(List.of("S-0040", "S-0090"));
    }

    @Test
    void an_existing_incident_draws_that_nights_suggestions_and_incidents_of_the_same_night() {
        Incident confirmed = incident("I-0003").at("2024-06-08T23:40").is(Category.STRANGULATION)
                .from(SourceOrigin.VICTIM, "E-0001").build();
        Incident second = incident("I-0004").on("2024-06-08").is(Category.PHYSICAL_VIOLENCE)
                .from(SourceOrigin.MEDICAL, "E-0009").build();

        List<MergeProposal> ps = MergeProposer.propose(List.of(MergeCandidate.of(confirmed), MergeCandidate.of(second),
                chatThreat));

        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.incidentIds()).containsExactly("I-0003", "I-0004");
            assertThat(p.suggestionIds()).containsExactly("S-0040");
        });
    }

    @Test
    void undated_and_long_periods_are_never_proposed() {
        MergeCandidate undated = MergeCandidate.suggestion("S-0001", null, Category.STRANGULATION, "E-0009", true);
        MergeCandidate summer = MergeCandidate.suggestion("S-0002", period("2024-06-01T00:00", "2024-08-31T23:59"),
                Category.STRANGULATION, "E-0008", true);
        assertThat(MergeProposer.propose(List.of(undated, summer, chatThreat))).isEmpty();
    }

    @Test
    void a_day_only_account_covers_its_whole_day() {
        MergeCandidate note = MergeCandidate.suggestion("S-0070", day("2024-06-08"), Category.PHYSICAL_VIOLENCE,
                "E-0003", true);
        MergeCandidate morning = MergeCandidate.suggestion("S-0030", minute("2024-06-08T09:15"),
                Category.MONITORING, "E-0004", false);
        assertThat(MergeProposer.propose(List.of(note, morning, chatThreat))).singleElement()
                .extracting(MergeProposal::suggestionIds).isEqualTo(List.of("S-0030", "S-0040", "S-0070"));
    }

    @Test
    void the_proposal_and_its_id_do_not_depend_on_input_order() {
        List<MergeCandidate> in = new ArrayList<>(List.of(chatThreat, aangifte, bevindingen, veiligThuis));
        List<MergeProposal> first = MergeProposer.propose(in);
        Collections.shuffle(in, new Random(7));
        assertThat(MergeProposer.propose(in)).isEqualTo(first);
        assertThat(first.get(0).id()).matches("P-[0-9a-f]{10}");
    }
}
