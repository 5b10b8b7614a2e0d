package nl.patroon.core.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.patroon.core.problem.Problem;

/**
 * One review action by one person, immutable: who, when, what, on which suggestions, and where each of them
 * stood before. The audit line and the undo are both derived from it; the undo restores {@link Change#before()}
 * exactly, so undoing a bulk confirmation of 300 suggestions puts back each one's own earlier state.
 *
 * @param seq      1, 2, 3 … in the order the actions were taken in this case
 * @param selection how the suggestions were chosen: their ids, or a bulk filter ("regel=kill.afmaken")
 * @param undoes   for UNDO, the seq of the action it reverses; else 0
 * @param changes  one per suggestion, in suggestion id order
 */
public record ReviewAction(long seq, ReviewVerb verb, String user, Instant at, String selection, long undoes,
                           List<Change> changes) {

    /** One suggestion's state before and after this action. */
    public record Change(String suggestionId, Decision before, Decision after) {
        public Change {
            Objects.requireNonNull(suggestionId, "suggestionId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public ReviewAction {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(at, "at");
        if (user == null || user.isBlank()) {
            throw Problem.of("review.no-user").exception();
        }
        selection = selection == null ? "" : selection;
        changes = List.copyOf(changes);
        if (verb == ReviewVerb.UNDO && undoes <= 0) {
            throw new IllegalArgumentException("undo names the action it reverses");
        }
    }

    public List<String> suggestionIds() {
        return changes.stream().map(Change::suggestionId).toList();
    }

    /** The audit log's action name, e.g. {@code review.confirm}. */
    public String auditAction() {
        return verb.auditAction();
    }

    /**
     * The audit line's details, in a fixed order. The suggestion ids are listed in full: the audit log is the
     * record of who decided what; the incident and reason are those of the first change (one action has one).
     */
    public Map<String, Object> auditDetails() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("seq", seq);
        d.put("user", user);
        d.put("suggestions", suggestionIds());
        if (!selection.isEmpty()) {
            d.put("selection", selection);
        }
        if (!changes.isEmpty()) {
            Decision after = changes.get(0).after();
            if (after.incidentId() != null) {
                d.put("incident", after.incidentId());
            }
            if (after.reason() != null) {
                d.put("reason", after.reason());
            }
        }
        if (undoes > 0) {
            d.put("undoes", undoes);
        }
        return d;
    }
}
