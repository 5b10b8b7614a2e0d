package nl.patroon.indexer.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.patroon.core.order.Order;
import nl.patroon.core.search.IndexedPassage;

/**
 * What one case puts in the shared collection, after its policy: which kinds of document, under which label.
 * Passages (each with the SHA-256 of its original and its suggested categories) are given as a supplier of a fresh iteration (a phone holds millions; they are streamed twice: once
 * to fingerprint the publication, once to send it).
 */
public record CasePublication(String parketnummer, AccessLabel label, PublishPolicy policy,
                              List<PublishedParty> parties, Iterable<IndexedPassage> passages,
                              List<PublishedIncident> incidents, List<Order> orders) {
    public CasePublication {
        Objects.requireNonNull(parketnummer, "parketnummer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(policy, "policy");
        parties = List.copyOf(parties);
        incidents = List.copyOf(incidents);
        orders = List.copyOf(orders);
    }

    /** A party as the shared index knows it: its identifiers are normalised there (see {@link PersonKeys}). */
    public record PublishedParty(String partyId, String role, String name, List<String> aliases,
                                 Optional<LocalDate> birthDate) {
        public PublishedParty {
            aliases = List.copyOf(aliases);
            birthDate = birthDate == null ? Optional.empty() : birthDate;
        }
    }

    /** A confirmed incident: never an unreviewed suggestion. */
    public record PublishedIncident(String incidentId, LocalDate date, Optional<LocalDate> until,
                                    Set<String> categories, Set<String> redFlags, String description,
                                    List<String> partyIds) {
        public PublishedIncident {
            categories = Set.copyOf(categories);
            redFlags = Set.copyOf(redFlags);
            partyIds = List.copyOf(partyIds);
            until = until == null ? Optional.empty() : until;
        }
    }
}
