package nl.patroon.indexer.detect;

import java.util.Objects;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * One hit of a detector in one text: which category, which rule, which characters, and why.
 *
 * @param start      offset of the first matched character
 * @param end        offset after the last matched character
 * @param attributes actor, target, modality, negation/hypothetical/joking signals, severity
 */
public record Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                        String explanationNl, String explanationEn, Attributes attributes) {
    public Detection {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(confidence, "confidence");
        attributes = attributes == null ? Attributes.UNKNOWN : attributes;
    }

    /** For detectors that know no attributes (the demo keyword detector). */
    public Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                     String explanationNl, String explanationEn) {
        this(category, ruleId, start, end, confidence, explanationNl, explanationEn, Attributes.UNKNOWN);
    }
}
