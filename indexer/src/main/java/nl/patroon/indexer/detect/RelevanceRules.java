package nl.patroon.indexer.detect;

import java.util.EnumSet;
import java.util.Set;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.taxonomy.Category;

/**
 * How a detection bears on the case, from who wrote to whom (issue 19): the suspect's own words and acts are
 * BEHAVIOUR; someone describing them (the victim to a friend, a report, a Veilig Thuis file) is an ACCOUNT;
 * banter between others, groups without the suspect and the victim's own jokes are OTHER, which stays
 * searchable and listed but is left out of the default timeline and review queue. A pure function.
 */
public final class RelevanceRules {
    /** What the writer says of her own state or plans: an account of the situation, never banter. */
    private static final Set<Category> OWN_STATE = EnumSet.of(Category.VICTIM_FEAR, Category.SEPARATION,
            Category.PREGNANCY);
    private static final Set<PartyRole> WITNESSES = EnumSet.of(PartyRole.SLACHTOFFER, PartyRole.GETUIGE,
            PartyRole.KIND);

    private RelevanceRules() {
    }

    public static Relevance of(Detection d, Exchange x) {
        if (d.category() == Category.ORDER_VIOLATION || d.ruleId().startsWith("ctx.contact-tijdens-verbod")) {
            return Relevance.BEHAVIOUR; // contact by the restricted person: the act itself, whatever was said
        }
        if (x.document()) {
            return Relevance.ACCOUNT;
        }
        boolean joking = d.attributes().joking();
        boolean describes = !d.authorsAct() || d.reported() || OWN_STATE.contains(d.category());
        PartyRole author = x.author();
        if (author == PartyRole.VERDACHTE) {
            // A joke does not make the suspect's threat harmless in an abusive relationship (reference.md §0.4).
            return Relevance.BEHAVIOUR;
        }
        if (author == null && (!x.caseHasSuspect() || !x.others().contains(PartyRole.VERDACHTE) && !x.group())) {
            // Who wrote it is unknown: the text decides.
            if (joking) {
                return Relevance.OTHER;
            }
            return describes ? Relevance.ACCOUNT : Relevance.BEHAVIOUR;
        }
        // Someone other than the suspect wrote it (or an unresolved author beside him, or in a group without him).
        if (!describes) {
            return Relevance.OTHER; // her own or a friend's words: "ik maak je af 😂" between sisters
        }
        if (joking) {
            return Relevance.OTHER;
        }
        if (author != null && WITNESSES.contains(author) || x.suspectTakesPart() || !x.group()) {
            return Relevance.ACCOUNT;
        }
        return Relevance.OTHER; // a group chat without the suspect, about someone else
    }
}
