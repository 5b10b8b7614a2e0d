package nl.patroon.indexer.solr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;

/** Builds small fictional case publications for the tests. */
final class Publications {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final String parketnummer;
    private AccessLabel label = SolrCluster.LABEL_A;
    private PublishPolicy policy = PublishPolicy.EVERYTHING;
    private final List<CasePublication.PublishedParty> parties = new ArrayList<>();
    private final List<nl.patroon.core.search.IndexedPassage> passages = new ArrayList<>();
    private final List<CasePublication.PublishedIncident> incidents = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();

    private Publications(String parketnummer) {
        this.parketnummer = parketnummer;
    }

    static Publications caseOf(String parketnummer) {
        return new Publications(parketnummer);
    }

    Publications label(AccessLabel l) {
        this.label = l;
        return this;
    }

    Publications policy(PublishPolicy p) {
        this.policy = p;
        return this;
    }

    Publications party(String id, String role, String name, String... aliases) {
        parties.add(new CasePublication.PublishedParty(id, role, name, List.of(aliases), Optional.empty()));
        return this;
    }

    Publications partyBorn(String id, String role, String name, LocalDate born, String... aliases) {
        parties.add(new CasePublication.PublishedParty(id, role, name, List.of(aliases), Optional.of(born)));
        return this;
    }

    /** A chat message by a party, at a local date-time. */
    Publications message(String partyId, String when, String text) {
        int n = passages.size() + 1;
        ZonedDateTime t = ZonedDateTime.of(java.time.LocalDateTime.parse(when), AMSTERDAM);
        Passage p = new Passage("E-0001", Locator.message(n, n), EventTime.at(t, TimePrecision.MINUTE), partyId,
                partyId, "nl", false, text);
        passages.add(new nl.patroon.core.search.IndexedPassage(p, "ab".repeat(32), List.of()));
        return this;
    }

    Publications incident(String id, String date, Set<String> categories, Set<String> redFlags, String description) {
        incidents.add(new CasePublication.PublishedIncident(id, LocalDate.parse(date), Optional.empty(), categories,
                redFlags, description, List.of()));
        return this;
    }

    Publications order(String id, OrderKind kind, String against, String protects, String from, String to) {
        orders.add(new Order(id, kind, List.of(protects), against, LocalDate.parse(from),
                Optional.of(LocalDate.parse(to)), Optional.empty(), ""));
        return this;
    }

    CasePublication build() {
        return new CasePublication(parketnummer, label, policy, parties, List.copyOf(passages), incidents, orders);
    }
}
