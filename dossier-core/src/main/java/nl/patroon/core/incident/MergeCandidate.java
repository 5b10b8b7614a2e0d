package nl.patroon.core.incident;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.taxonomy.Category;

/**
 * Something that may be about the same event as something else: an open suggestion (on one passage) or an
 * incident (over its supports).
 *
 * @param id          S-0042 or I-0003
 * @param evidenceIds the items it comes from, sorted
 * @param account     true when it is someone's account of what happened (a report, a statement, a Veilig
 *                    Thuis note, a doctor's letter), which covers the whole evening or night it tells about;
 *                    false for a single message, which is a moment
 */
public record MergeCandidate(String id, boolean incident, EventTime time, List<Category> categories,
                             List<String> evidenceIds, boolean account) {

    public MergeCandidate {
        categories = List.copyOf(categories);
        evidenceIds = List.copyOf(new TreeSet<>(evidenceIds));
    }

    public static MergeCandidate suggestion(String id, EventTime time, Category category, String evidenceId,
                                            boolean account) {
        return new MergeCandidate(id, false, time, List.of(category), List.of(evidenceId), account);
    }

    /** An incident is an account when anyone but the suspect (or a photo) told of it. */
    public static MergeCandidate of(Incident i) {
        Collection<String> evidence = i.supports().stream().map(SupportingPassage::evidenceId).toList();
        boolean account = i.supports().stream().anyMatch(s -> s.origin() != SourceOrigin.SUSPECT
                && s.origin() != SourceOrigin.PHOTO && s.origin() != SourceOrigin.UNKNOWN);
        return new MergeCandidate(i.id(), true, i.time(), i.categories(), List.copyOf(evidence), account);
    }
}
