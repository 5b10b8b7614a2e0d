package nl.patroon.core.incident;

import java.time.LocalDate;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.taxonomy.Category;

/**
 * Patroon's proposal that these suggestions and incidents tell of one event. A person accepts it (they become
 * one incident: the lowest incident id, or a new one) or refuses it; the id depends only on the members, so a
 * refused proposal stays refused until something new joins it.
 *
 * @param id           P- plus the first 10 hex digits of the SHA-256 of the member ids
 * @param day          the incident day (06.00 to 06.00) it falls on
 * @param incidentIds  existing incidents among the members, in id order
 * @param suggestionIds open suggestions among the members, in id order
 * @param evidenceIds  the distinct sources, sorted
 * @param time         the time covering all members
 * @param reasonNl     why, in Dutch, for the reviewer
 */
public record MergeProposal(String id, LocalDate day, List<String> incidentIds, List<String> suggestionIds,
                            List<String> evidenceIds, List<Category> categories, EventTime time, String reasonNl) {
    public MergeProposal {
        incidentIds = List.copyOf(incidentIds);
        suggestionIds = List.copyOf(suggestionIds);
        evidenceIds = List.copyOf(evidenceIds);
        categories = List.copyOf(categories);
    }
}
