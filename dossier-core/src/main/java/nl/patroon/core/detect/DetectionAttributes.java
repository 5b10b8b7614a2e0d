package nl.patroon.core.detect;

import java.util.List;

/**
 * The attributes every detection carries, as the behaviour taxonomy defines them: who acts on whom, how the
 * words reached the case, and the signals that lower confidence without hiding the hit.
 *
 * @param actor        suspect, victim, child, third, unknown
 * @param target       victim, child, family, new_partner, pet, self, property, unknown
 * @param modality     direct_message, reported_speech, observed, documented
 * @param severity     for threats of violence: simple, serious, sexual, arson; else null
 * @param cues         the cue words found (negation, hypothetical, joking, reported speech), as in the text
 */
public record DetectionAttributes(String actor, String target, String modality, boolean negated,
                                  boolean hypothetical, boolean joking, String severity, List<String> cues) {
    public static final DetectionAttributes UNKNOWN =
            new DetectionAttributes("unknown", "unknown", "direct_message", false, false, false, null, List.of());

    public DetectionAttributes {
        actor = actor == null ? "unknown" : actor;
        target = target == null ? "unknown" : target;
        modality = modality == null ? "direct_message" : modality;
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /** Dutch, for reviewers: "ontkenning, grap (haha)" or empty when no signal lowered confidence. */
    public String signalsNl() {
        List<String> s = new java.util.ArrayList<>();
        if (negated) {
            s.add("ontkenning");
        }
        if (hypothetical) {
            s.add("hypothetisch");
        }
        if (joking) {
            s.add("grap of spel");
        }
        if ("reported_speech".equals(modality)) {
            s.add("weergegeven uitspraak");
        }
        String signals = String.join(", ", s);
        return cues.isEmpty() || signals.isEmpty() ? signals : signals + " (" + String.join(", ", cues) + ")";
    }
}
