package nl.patroon.indexer.detect;

import java.util.List;
import java.util.Objects;

/**
 * The attributes of taxonomy.md every detection carries.
 *
 * @param actor          suspect, victim, child, third or unknown (unknown when only the text is known)
 * @param byAuthor       true when the rule describes the author's own act ("ik maak je af"), so the actor is
 *                       whoever wrote the text; false when the text describes someone else ("hij sloeg mij")
 * @param target         victim, child, family, new_partner, pet, self, property, or unknown
 * @param modality       direct_message, reported_speech, observed, documented
 * @param negated        a negation cue stands near the match ("nooit", "niet")
 * @param hypothetical   a hypothetical cue ("zou", "stel dat")
 * @param joking         a joking or play cue (😂, "haha", "grapje", gaming or sport)
 * @param severity       for threats of violence: simple, serious, sexual, arson; otherwise null
 * @param cues           the cue words found, as they stand in the text, for the reviewer
 */
public record Attributes(String actor, boolean byAuthor, String target, String modality, boolean negated,
                         boolean hypothetical, boolean joking, String severity, List<String> cues) {
    public static final Attributes UNKNOWN =
            new Attributes("unknown", false, "unknown", "direct_message", false, false, false, null, List.of());

    public Attributes {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(modality, "modality");
        cues = List.copyOf(cues);
    }

    public boolean reported() {
        return "reported_speech".equals(modality);
    }

    public Attributes withActor(String newActor) {
        return new Attributes(newActor, byAuthor, target, modality, negated, hypothetical, joking, severity, cues);
    }
}
