package nl.patroon.indexer.detect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the case knows that text alone cannot tell: who is the suspect and who the victim (party ids), and
 * the contact or location bans in force (huisverbod, contactverbod, gedragsaanwijzing, ...).
 */
public record CaseFacts(Set<String> suspectPartyIds, Set<String> victimPartyIds, List<Ban> bans) {

    /**
     * A ban on {@code partyId} contacting the victim from {@code from} until {@code until} (exclusive).
     *
     * @param kind the order as named in the file, e.g. "huisverbod"
     */
    public record Ban(String partyId, Instant from, Instant until, String kind) {
        public Ban {
            Objects.requireNonNull(partyId, "partyId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            kind = kind == null ? "verbod" : kind;
        }

        public boolean covers(String party, Instant t) {
            return partyId.equals(party) && !t.isBefore(from) && t.isBefore(until);
        }
    }

    public CaseFacts {
        suspectPartyIds = Set.copyOf(suspectPartyIds);
        victimPartyIds = Set.copyOf(victimPartyIds);
        bans = List.copyOf(bans);
    }

    public static CaseFacts none() {
        return new CaseFacts(Set.of(), Set.of(), List.of());
    }

    /** suspect, victim or unknown. */
    public String roleOf(String partyId) {
        if (partyId == null) {
            return "unknown";
        }
        if (suspectPartyIds.contains(partyId)) {
            return "suspect";
        }
        if (victimPartyIds.contains(partyId)) {
            return "victim";
        }
        return "unknown";
    }
}
