package nl.patroon.core.incident;

import java.util.Comparator;
import java.util.Objects;

/**
 * One link from an incident to the evidence: the passage (evidence id + locator), the words quoted from it,
 * and whose knowledge it rests on.
 *
 * @param locator      the locator code (p2.3, m1520)
 * @param originPerson who the origin is, where it matters for independence (a witness's party id, a doctor's
 *                     name); empty when the origin kind says it all (the victim, the suspect)
 * @param suggestionId the suggestion it was confirmed from, or empty for a link made by hand
 */
public record SupportingPassage(String evidenceId, String locator, String quote, SourceOrigin origin,
                                String originPerson, String suggestionId) {
    public static final Comparator<SupportingPassage> ORDER = Comparator
            .comparing(SupportingPassage::evidenceId).thenComparing(SupportingPassage::locator)
            .thenComparing(SupportingPassage::suggestionId).thenComparing(SupportingPassage::quote);

    public SupportingPassage {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(locator, "locator");
        quote = quote == null ? "" : quote;
        origin = origin == null ? SourceOrigin.UNKNOWN : origin;
        originPerson = originPerson == null ? "" : originPerson;
        suggestionId = suggestionId == null ? "" : suggestionId;
    }

    /** E-0007:p2.3 */
    public String passageId() {
        return evidenceId + ":" + locator;
    }

    /**
     * The key under which supports count as one origin: every statement of the victim (and every retelling of
     * it) is one origin, the suspect is one person; a witness, an officer's report, a doctor, a photo each
     * count on their own (by person where named, else by document).
     */
    public String independenceKey() {
        return switch (origin) {
            case VICTIM, SUSPECT -> origin.name();
            default -> origin.name() + ":" + (originPerson.isEmpty() ? evidenceId : originPerson);
        };
    }
}
