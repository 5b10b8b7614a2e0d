package nl.patroon.indexer.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.patroon.core.order.Order;
import nl.patroon.core.passage.Passage;

/**
 * What one case puts in the shared collection, after its policy: which kinds of document, under which label.
 * Passages are given as a supplier of a fresh iteration (a phone holds millions; they are streamed twice: once
 * to fingerprint the publication, once to send it).
 */
public record CasePublication(String parketnummer, AccessLabel label, PublishPolicy policy,
                              List<PublishedParty> parties, Iterable<PublishedPassage> passages,
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

    /** A passage with the SHA-256 of its original, so a hit in another case can still be traced to its file. */
    public record PublishedPassage(Passage passage, String sha256) {
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
