package nl.patroon.indexer.detect;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.order.Order;

/**
 * What the case knows that text alone cannot tell: the role of every party (suspect, victim, child, witness,
 * third party) and the protective orders recorded in the case (huisverbod, contactverbod, ...).
 *
 * @param roles  role per party id
 * @param orders the case's orders, restraining or not; only restraining ones make contact a breach
 */
public record CaseContext(Map<String, PartyRole> roles, List<Order> orders) {
    public CaseContext {
        roles = Map.copyOf(roles);
        orders = List.copyOf(orders);
    }

    public static CaseContext none() {
        return new CaseContext(Map.of(), List.of());
    }

    public static CaseContext of(Collection<Party> parties, List<Order> orders) {
        Map<String, PartyRole> roles = new HashMap<>();
        for (Party p : parties) {
            roles.put(p.id(), p.role());
        }
        return new CaseContext(roles, orders);
    }

    /** The party's role, or null for an unresolved author or a party the case does not know. */
    public PartyRole role(String partyId) {
        return partyId == null ? null : roles.get(partyId);
    }

    /** True when the case names a suspect at all (without one, nobody's words can be told apart by role). */
    public boolean knowsSuspect() {
        return roles.containsValue(PartyRole.VERDACHTE);
    }

    /** The taxonomy's actor for a party: suspect, victim, child, third or unknown. */
    public String actorOf(String partyId) {
        PartyRole r = role(partyId);
        if (r == null) {
            return "unknown";
        }
        return switch (r) {
            case VERDACHTE -> "suspect";
            case SLACHTOFFER -> "victim";
            case KIND -> "child";
            case GETUIGE, DERDE -> "third";
        };
    }
}
