package nl.patroon.core.legal;

import java.util.List;

/**
 * The elements of one chosen article against the confirmed incidents: coverage per element, the gaps, the
 * version of the article that applies to each incident by its date, and for belaging the contact figures.
 *
 * @param gaps     ids of the elements with status GAP
 * @param versions each version with the incidents it applies to (an incident without a date: "onbekend")
 * @param contacts for articles with contact categories (285b), else null
 */
public record ArticleAssessment(String article, String title, String law, String wording, String assessment,
                                String verify, List<ElementAssessment> elements, List<String> gaps,
                                List<VersionUse> versions, ContactStatistics contacts) {

    /** A version and the relevant incidents dated inside it. */
    public record VersionUse(String label, String from, String to, String note, List<String> incidentIds) {
        public VersionUse {
            incidentIds = List.copyOf(incidentIds);
        }
    }

    public ArticleAssessment {
        elements = List.copyOf(elements);
        gaps = List.copyOf(gaps);
        versions = List.copyOf(versions);
    }
}
