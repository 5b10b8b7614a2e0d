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
    private static final Set<Category> THREATS = EnumSet.of(Category.THREAT_TO_KILL, Category.THREAT_OF_VIOLENCE,
            Category.THREAT_TO_OTHERS, Category.WEAPON, Category.THREAT_EXPOSURE, Category.CUSTODY_THREAT,
            Category.SUICIDE_THREAT, Category.COERCION);
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
        // Her own state, someone else's act told ("hij heeft mijn pinpas gehouden"), or reported words: an account.
        boolean describes = !d.authorsAct() || d.reported() || OWN_STATE.contains(d.category());
        PartyRole author = x.author();
        if (author == PartyRole.VERDACHTE) {
            return suspects(d, x, joking);
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

    /**
     * The suspect's own words. Toward the victim or the children, a joke does not make a threat harmless in an
     * abusive relationship (reference.md §0.4): behaviour. In a conversation they take no part in (his brother,
     * his friends, a gaming group), what he says to the person he writes to is about that person: his banter
     * there ("ik maak je af met fifa") is other, and so is control or insult aimed at his interlocutor ("je bent
     * gek"); a threat he means against someone there, or what he says about her, stays behaviour.
     */
    private static Relevance suspects(Detection d, Exchange x, boolean joking) {
        boolean herSide = x.others().contains(PartyRole.SLACHTOFFER) || x.others().contains(PartyRole.KIND);
        if (herSide) {
            return Relevance.BEHAVIOUR;
        }
        // A one-to-one chat with someone the case could not name may be her, from a number nobody mapped.
        boolean maybeHer = !x.group() && x.othersUnresolved() && x.others().isEmpty();
        if (d.ruleId().startsWith("ctx.")) {
            return maybeHer ? Relevance.BEHAVIOUR : Relevance.OTHER; // a burst to his brother pursues nobody of hers
        }
        if (joking && !maybeHer) {
            return Relevance.OTHER;
        }
        if (d.addressed() && !THREATS.contains(d.category()) && !maybeHer) {
            return Relevance.OTHER;
        }
        if (joking && d.addressed()) {
            return Relevance.OTHER; // "je bent dood noob" to an unnamed friend: his banter, not hers to read
        }
        return Relevance.BEHAVIOUR;
    }
}
