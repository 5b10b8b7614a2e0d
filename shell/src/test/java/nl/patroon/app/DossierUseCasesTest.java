package nl.patroon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.patroon.app.analyse.Analyse;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.casefile.Orders;
import nl.patroon.app.incidents.Incidents;
import nl.patroon.app.review.Review;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident, order and analysis use cases on a case without passages, without Spring. */
class DossierUseCasesTest {
    @TempDir
    Path tmp;

    private final Adapters adapters = new Adapters(new Settings(Path.of(""), null, "rechercheur",
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)));
    private final Incidents incidents = new Incidents(adapters);

    private Path newCase() {
        Path root = tmp.resolve("zaak");
        new CreateCase(adapters).run(new CreateCase.Request(root, new Parketnummer("10/123456-24"), "Proef"));
        AddParty add = new AddParty(adapters);
        add.run(new AddParty.Request(root, PartyRole.VERDACHTE, "Mark", List.of()));
        add.run(new AddParty.Request(root, PartyRole.SLACHTOFFER, "Sanne", List.of()));
        add.run(new AddParty.Request(root, PartyRole.KIND, "Daan", List.of()));
        return root;
    }

    private Incident add(Path root, String date, Category c, String description) throws Exception {
        return incidents.add(new Incidents.Add(root, "officier", date, null, List.of(c), description, List.of(), null,
                null));
    }

    @Test
    void incidents_by_hand_merge_and_undo_restores_both() throws Exception {
        Path root = newCase();
        add(root, "2024-06-08T23:40", Category.STRANGULATION, "Verwurging");
        add(root, "2024-06-08", Category.THREAT_TO_KILL, "Doodsbedreiging");

        Incident merged = incidents.merge(new Incidents.Merge(root, "officier", List.of("I-0002", "I-0001")));

        assertThat(merged.id()).isEqualTo("I-0001");
        assertThat(merged.categories()).containsExactly(Category.THREAT_TO_KILL, Category.STRANGULATION);
        assertThat(incidents.list(root)).extracting(l -> l.incident().id()).containsExactly("I-0001");

        assertThat(new Review(adapters).undo(new Review.Undo(root, "officier"))).isPresent();

        assertThat(incidents.list(root)).extracting(l -> l.incident().description())
                .containsExactly("Verwurging", "Doodsbedreiging");
        assertThat(Files.readString(root.resolve("audit.log"))).contains("\"incident.add\"")
                .contains("\"incident.merge\"").contains("\"review.undo\"").contains("\"user\":\"officier\"");
    }

    @Test
    void an_incident_needs_known_evidence_a_date_and_a_description() {
        Path root = newCase();
        assertThatThrownBy(() -> incidents.add(new Incidents.Add(root, null, "2024-06-08", null,
                List.of(Category.STALKING), "x", List.of("E-0009:p1.1"), null, null)))
                .hasMessageContaining("E-0009");
        assertThatThrownBy(() -> add(root, "8 juni", Category.STALKING, "x")).hasMessageContaining("2024-06-08");
        assertThatThrownBy(() -> incidents.merge(new Incidents.Merge(root, null, List.of("I-0001"))))
                .hasMessageContaining("twee");
    }

    @Test
    void orders_go_to_case_json_and_an_omgang_during_a_contactverbod_is_flagged_in_the_analysis() throws Exception {
        Path root = newCase();
        Orders orders = new Orders(adapters);
        orders.add(new Orders.Add(root, "officier", OrderKind.CONTACTVERBOD, List.of("P-02", "P-03"), "P-01",
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 12, 20), null, ""));
        orders.add(new Orders.Add(root, "officier", OrderKind.OMGANG, List.of("P-03"), "P-01",
                LocalDate.of(2024, 9, 1), null, null, ""));
        assertThatThrownBy(() -> orders.add(new Orders.Add(root, null, OrderKind.HUISVERBOD, List.of("P-09"), "P-01",
                LocalDate.of(2024, 6, 9), null, null, ""))).hasMessageContaining("P-09");

        assertThat(Files.readString(root.resolve("case.json"))).contains("\"orders\"").contains("O-0002");
        assertThat(orders.list(root).conflicts()).singleElement()
                .satisfies(c -> assertThat(c.familyOrderId()).isEqualTo("O-0002"));

        add(root, "2024-07-01T10:00", Category.STALKING, "Stond bij school");
        Analyse.Result r = new Analyse(adapters).run(new Analyse.Request(root, List.of("verbod"), null));
        assertThat(r.analysis().orders().conflicts()).hasSize(1);
        assertThat(r.analysis().articles().get(0).elements().get(0).status().name()).isEqualTo("COVERED");
        assertThat(r.file()).isEqualTo(root.resolve("exports/analyse.json"));
    }
}
