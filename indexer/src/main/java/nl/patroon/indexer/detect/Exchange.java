package nl.patroon.indexer.detect;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.passage.Passage;

/**
 * Who wrote to whom, as far as the case knows: the author's role, the roles of the other participants of the
 * conversation, whether it is a group, and whether the text is a document (a proces-verbaal, a Veilig Thuis
 * file, a medical statement) rather than a message. Input to {@link RelevanceRules}.
 *
 * @param author            the author's role, or null when the author resolved to no party
 * @param others            the roles of the other participants that resolved to a party
 * @param othersUnresolved  true when some other participant resolved to no party (a friend not in the case, or
 *                          a suspect whose number was never mapped)
 * @param group             more than two participants
 * @param document          a statement or report, not a message between people
 * @param caseHasSuspect    the case names a suspect (without one, roles cannot tell behaviour from banter)
 */
public record Exchange(PartyRole author, Set<PartyRole> others, boolean othersUnresolved, boolean group,
                       boolean document, boolean caseHasSuspect) {
    public Exchange {
        others = others.isEmpty() ? Set.of() : Set.copyOf(others);
    }

    /** Nothing known: the text alone decides (the classify protocol without roles). */
    public static final Exchange UNKNOWN = new Exchange(null, Set.of(), true, false, false, false);

    /** A report, statement or file: what it says is an account. */
    public static final Exchange DOCUMENT = new Exchange(null, Set.of(), true, false, true, false);

    public boolean suspectTakesPart() {
        return author == PartyRole.VERDACHTE || others.contains(PartyRole.VERDACHTE);
    }

    /** A conversation's participants, found once for all its messages. */
    public record Participants(Set<String> parties, Set<String> unresolved) {
        public static Participants of(List<Passage> conversation) {
            Set<String> parties = new HashSet<>();
            Set<String> unresolved = new HashSet<>();
            for (Passage p : conversation) {
                if (p.system()) {
                    continue;
                }
                if (p.partyId() != null) {
                    parties.add(p.partyId());
                } else if (p.author() != null) {
                    unresolved.add(p.author());
                }
            }
            return new Participants(Set.copyOf(parties), Set.copyOf(unresolved));
        }

        /** The exchange of one message of this conversation. */
        public Exchange of(Passage message, CaseContext context) {
            PartyRole author = context.role(message.partyId());
            Set<PartyRole> others = EnumSet.noneOf(PartyRole.class);
            for (String party : parties) {
                if (!party.equals(message.partyId()) && context.role(party) != null) {
                    others.add(context.role(party));
                }
            }
            int unresolvedOthers = unresolved.size() - (message.partyId() == null && message.author() != null
                    && unresolved.contains(message.author()) ? 1 : 0);
            return new Exchange(author, others, unresolvedOthers > 0, parties.size() + unresolved.size() > 2,
                    false, context.knowsSuspect());
        }
    }
}
