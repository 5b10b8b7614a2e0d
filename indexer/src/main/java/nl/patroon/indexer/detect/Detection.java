package nl.patroon.indexer.detect;

import java.util.Objects;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.taxonomy.Category;

/**
 * One hit of a detector in one text: which category, which rule, which characters, and why.
 *
 * @param start      offset of the first matched character
 * @param end        offset after the last matched character
 * @param attributes actor, target, modality, negation/hypothetical/joking signals, severity
 * @param authorsAct true when the rule describes the writer's own act ("ik maak je af"): the actor is whoever
 *                   wrote the text, known only from the case (who the author is); false when the text describes
 *                   someone else's act ("hij sloeg mij") or the detector cannot tell
 * @param addressed  true when the hit's words speak to the person written to ("je bent gek", "ik maak je af"):
 *                   who that is follows from the conversation, so the same words are the suspect's behaviour in
 *                   his chat with the victim and banter in his chat with his brother
 */
public record Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                        String explanationNl, String explanationEn, DetectionAttributes attributes,
                        boolean authorsAct, boolean addressed) {
    public Detection {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(confidence, "confidence");
        attributes = attributes == null ? DetectionAttributes.UNKNOWN : attributes;
    }

    /** A detection that does not say whom it addresses (context rules: the contact itself is the act). */
    public Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                     String explanationNl, String explanationEn, DetectionAttributes attributes,
                     boolean authorsAct) {
        this(category, ruleId, start, end, confidence, explanationNl, explanationEn, attributes, authorsAct, false);
    }

    /** For detectors that know no attributes (the demo keyword detector). */
    public Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                     String explanationNl, String explanationEn) {
        this(category, ruleId, start, end, confidence, explanationNl, explanationEn, DetectionAttributes.UNKNOWN,
                false);
    }

    /** The same detection with the actor the case gives the author (suspect, victim, ...). */
    public Detection withActor(String actor) {
        DetectionAttributes a = attributes;
        return new Detection(category, ruleId, start, end, confidence, explanationNl, explanationEn,
                new DetectionAttributes(actor, a.target(), a.modality(), a.negated(), a.hypothetical(), a.joking(),
                        a.severity(), a.cues()), authorsAct, addressed);
    }

    public boolean reported() {
        return "reported_speech".equals(attributes.modality());
    }
}
