package nl.patroon.indexer.detect;

import java.util.Objects;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * One hit of a detector in one text: which category, which rule, which characters, and why.
 *
 * @param start offset of the first matched character
 * @param end   offset after the last matched character
 */
public record Detection(Category category, String ruleId, int start, int end, Confidence confidence,
                        String explanationNl, String explanationEn) {
    public Detection {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(confidence, "confidence");
    }
}
