package nl.patroon.core.detect;

import java.util.Objects;
import nl.patroon.core.taxonomy.Category;

/**
 * An automated detection on one passage: a suggestion for a person to review, never a finding.
 * It explains itself: which rule, which words (character offsets into the passage text), and why.
 *
 * @param id        S-0001, stable for the case
 * @param passageId the passage it was found in (E-0007:p2.3)
 * @param start     offset of the first matched character in the passage text
 * @param end       offset after the last matched character
 * @param matched   the matched words as they stand in the text
 * @param attributes actor, target, modality and the signals that lowered confidence
 * @param relevance  how it bears on the case, from who wrote to whom (behaviour, account, other); null when
 *                   unknown (a suggestion stored before relevance existed): see {@link #shownAs}
 */
public record Suggestion(
        String id,
        String passageId,
        Category category,
        String ruleId,
        int start,
        int end,
        String matched,
        String explanationNl,
        String explanationEn,
        Confidence confidence,
        ReviewState state,
        String reviewReason,
        DetectionAttributes attributes,
        Relevance relevance) {

    /** Without a relevance (unknown: a suggestion made or stored before relevance existed). */
    public Suggestion(String id, String passageId, Category category, String ruleId, int start, int end,
                      String matched, String explanationNl, String explanationEn, Confidence confidence,
                      ReviewState state, String reviewReason, DetectionAttributes attributes) {
        this(id, passageId, category, ruleId, start, end, matched, explanationNl, explanationEn, confidence, state,
                reviewReason, attributes, null);
    }

    /** Without attributes (unknown actor and target, no signals). */
    public Suggestion(String id, String passageId, Category category, String ruleId, int start, int end,
                      String matched, String explanationNl, String explanationEn, Confidence confidence,
                      ReviewState state, String reviewReason) {
        this(id, passageId, category, ruleId, start, end, matched, explanationNl, explanationEn, confidence, state,
                reviewReason, DetectionAttributes.UNKNOWN, null);
    }

    public Suggestion {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(confidence, "confidence");
        state = state == null ? ReviewState.OPEN : state;
        attributes = attributes == null ? DetectionAttributes.UNKNOWN : attributes;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * The relevance to show: the stored one, or for a suggestion of unknown relevance (stored before relevance
     * existed, until the case is detected again) ACCOUNT in a document (a report, a Veilig Thuis file) and
     * BEHAVIOUR in a message, so nothing old drops out of the default timeline unseen.
     */
    public Relevance shownAs(boolean inDocument) {
        if (relevance != null) {
            return relevance;
        }
        return inDocument ? Relevance.ACCOUNT : Relevance.BEHAVIOUR;
    }

    public Suggestion withRelevance(Relevance r) {
        return new Suggestion(id, passageId, category, ruleId, start, end, matched, explanationNl, explanationEn,
                confidence, state, reviewReason, attributes, r);
    }

    public String evidenceId() {
        return passageId.substring(0, passageId.indexOf(':'));
    }
}
