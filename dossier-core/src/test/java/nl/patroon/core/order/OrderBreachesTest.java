package nl.patroon.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.api.Test;

class OrderBreachesTest {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    /** reference.md §5.7: a huisverbod from 12-03-2024, extended to 09-04-2024. */
    final Order huisverbod = order("O-0001", OrderKind.HUISVERBOD, List.of("P-02", "P-03"), "P-01",
            "2024-03-12", "2024-04-09");

    static Order order(String id, OrderKind kind, List<String> protects, String against, String from, String to) {
        return new Order(id, kind, protects, against, LocalDate.parse(from),
                Optional.ofNullable(to).map(LocalDate::parse), Optional.empty(), "");
    }

    static Contact message(String passage, String when, String from, String... to) {
        return new Contact(passage, EventTime.at(ZonedDateTime.of(LocalDateTime.parse(when), AMS),
                TimePrecision.MINUTE), from, List.of(to), "ik sta voor de deur");
    }

    @Test
    void contact_by_the_restricted_party_inside_the_period_is_a_breach_to_review() {
        List<Breach> b = OrderBreaches.find(List.of(huisverbod), List.of(
                message("E-0004:m300", "2024-03-20T21:00", "P-01", "P-02"),
                message("E-0004:m200", "2024-03-11T21:00", "P-01", "P-02"),
                message("E-0004:m400", "2024-04-10T08:00", "P-01", "P-02"),
                message("E-0004:m301", "2024-03-20T21:05", "P-02", "P-01"),
                message("E-0004:m302", "2024-03-21T10:00", "P-01", "P-09")));

        assertThat(b).singleElement().satisfies(x -> {
            assertThat(x.contact().passageId()).isEqualTo("E-0004:m300");
            assertThat(x.certain()).isTrue();
            assertThat(x.explanationNl(huisverbod)).contains("huisverbod O-0001").contains("2024-03-12 t/m 2024-04-09");
        });
    }

    @Test
    void the_last_day_counts_and_a_period_reaching_into_the_order_is_uncertain() {
        Contact lastDay = message("E-0004:m390", "2024-04-09T23:59", "P-01", "P-03");
        Contact straddling = new Contact("E-0001:p2.1", new EventTime(
                ZonedDateTime.of(LocalDateTime.parse("2024-03-10T20:00"), AMS),
                ZonedDateTime.of(LocalDateTime.parse("2024-03-13T06:00"), AMS), TimePrecision.INTERVAL),
                "P-01", List.of("P-02"), "");

        List<Breach> b = OrderBreaches.find(List.of(huisverbod), List.of(lastDay, straddling));

        assertThat(b).extracting(Breach::certain).containsExactly(false, true);
    }

    @Test
    void an_omgang_that_needs_contact_during_a_contactverbod_is_a_conflict() {
        Order contactverbod = order("O-0002", OrderKind.CONTACTVERBOD, List.of("P-02", "P-03", "P-04"), "P-01",
                "2024-06-20", "2024-12-20");
        Order omgang = order("O-0003", OrderKind.OMGANG, List.of("P-03", "P-04"), "P-01", "2024-09-01", null);
        Order laterOmgang = order("O-0004", OrderKind.OMGANG, List.of("P-03"), "P-01", "2025-01-01", null);

        List<OrderConflict> c = OrderConflicts.find(List.of(contactverbod, omgang, laterOmgang));

        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.familyOrderId()).isEqualTo("O-0003");
            assertThat(x.from()).isEqualTo(LocalDate.parse("2024-09-01"));
            assertThat(x.to()).isEqualTo(LocalDate.parse("2024-12-20"));
            assertThat(x.shared()).containsExactly("P-03", "P-04");
        });
    }

    @Test
    void a_handover_conflicts_with_a_ban_that_protects_only_the_other_parent() {
        Order victimOnly = order("O-0002", OrderKind.CONTACTVERBOD, List.of("P-02"), "P-01", "2024-06-20", null);
        Order omgang = order("O-0003", OrderKind.OMGANG, List.of("P-03"), "P-01", "2024-09-01", null);
        assertThat(OrderConflicts.find(List.of(victimOnly, omgang))).singleElement()
                .satisfies(x -> assertThat(x.explanationNl()).contains("overdracht"));
    }
}
