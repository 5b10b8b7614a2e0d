package nl.patroon.app.crosscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

/** What of a case's incidents goes to the shared index: dated, with the red flags their categories raise. */
class PublishCaseTest {
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    private static Incident incident(String id, EventTime time, Category... categories) {
        return new Incident(id, time, List.of(categories), Actor.UNKNOWN, "beschrijving " + id, List.of());
    }

    @Test
    void an_incident_carries_its_day_period_and_red_flags_and_an_undated_one_stays_in_the_case() {
        EventTime night = EventTime.at(ZonedDateTime.of(2024, 6, 8, 23, 40, 0, 0, AMS), TimePrecision.APPROXIMATE);
        EventTime spring = new EventTime(ZonedDateTime.of(2024, 4, 1, 0, 0, 0, 0, AMS),
                ZonedDateTime.of(2024, 4, 30, 23, 59, 0, 0, AMS), TimePrecision.INTERVAL);
        var published = PublishCase.incidents(List.of(
                incident("I-0001", night, Category.STRANGULATION, Category.CHILD_EXPOSURE),
                incident("I-0002", spring, Category.HUMILIATION),
                incident("I-0003", null, Category.THREAT_TO_KILL)));

        assertThat(published).extracting(i -> i.incidentId()).containsExactly("I-0001", "I-0002");
        var night0 = published.get(0);
        assertThat(night0.date()).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(night0.until()).isEmpty();
        assertThat(night0.categories()).containsExactlyInAnyOrder("STRANGULATION", "CHILD_EXPOSURE");
        assertThat(night0.redFlags()).contains("strangulation");
        assertThat(published.get(1).until()).isEqualTo(Optional.of(LocalDate.of(2024, 4, 30)));
        assertThat(published.get(1).redFlags()).isEmpty();
    }
}
