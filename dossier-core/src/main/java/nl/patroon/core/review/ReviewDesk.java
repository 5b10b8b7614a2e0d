package nl.patroon.core.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.problem.Problem;

/**
 * The review rules as pure functions: an action is computed from the suggestions' current decisions and
 * applied by whoever stores them. A suggestion already in the requested decision is left out of the action
 * (so re-running a bulk command changes nothing and logs nothing twice). Undo reverses the latest action that
 * is not itself undone or an undo, restoring each suggestion's state from before it.
 */
public final class ReviewDesk {
    private ReviewDesk() {
    }

    /** Confirms the suggestions into the incident (new or existing; the caller creates or extends it). */
    public static ReviewAction confirm(long seq, Map<String, Decision> current, List<String> ids, String incidentId,
                                       String user, Instant at, String selection) {
        return decide(seq, ReviewVerb.CONFIRM, current, ids, Decision.confirmed(incidentId), user, at, selection);
    }

    public static ReviewAction reject(long seq, Map<String, Decision> current, List<String> ids, String reason,
                                      String user, Instant at, String selection) {
        return decide(seq, ReviewVerb.REJECT, current, ids, Decision.rejected(reason), user, at, selection);
    }

    public static ReviewAction setAside(long seq, Map<String, Decision> current, List<String> ids, String reason,
                                        String user, Instant at, String selection) {
        return decide(seq, ReviewVerb.SET_ASIDE, current, ids, Decision.setAside(reason), user, at, selection);
    }

    /** Back to open (e.g. a suggestion unlinked from its incident). */
    public static ReviewAction reopen(long seq, Map<String, Decision> current, List<String> ids, String user,
                                      Instant at, String selection) {
        return decide(seq, ReviewVerb.REOPEN, current, ids, Decision.OPEN, user, at, selection);
    }

    /**
     * The general form: every named suggestion to {@code after}, under any verb (an incident merge re-points
     * its confirmed suggestions to the incident that stays).
     */
    public static ReviewAction decide(long seq, ReviewVerb verb, Map<String, Decision> current, List<String> ids,
                                      Decision after, String user, Instant at, String selection) {
        List<ReviewAction.Change> changes = new ArrayList<>();
        for (String id : ids.stream().distinct().sorted(SUGGESTION_ORDER).toList()) {
            Decision before = current.get(id);
            if (before == null) {
                throw Problem.of("suggestion.unknown", id).exception();
            }
            if (!before.equals(after)) {
                changes.add(new ReviewAction.Change(id, before, after));
            }
        }
        return new ReviewAction(seq, verb, user, at, selection, 0, changes);
    }

    /**
     * The action an undo reverses: the latest one that is neither an undo nor already undone. Empty when there
     * is nothing left to undo.
     */
    public static Optional<ReviewAction> undoable(List<ReviewAction> history) {
        java.util.Set<Long> undone = new java.util.HashSet<>();
        List<ReviewAction> sorted = history.stream().sorted(Comparator.comparingLong(ReviewAction::seq)).toList();
        for (ReviewAction a : sorted) {
            if (a.verb() == ReviewVerb.UNDO) {
                undone.add(a.undoes());
            }
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            ReviewAction a = sorted.get(i);
            if (a.verb() != ReviewVerb.UNDO && !undone.contains(a.seq())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Reverses {@code target}. A suggestion another action has changed since is left as it is (and is not in
     * the undo's changes): an undo never silently overwrites a later decision.
     */
    public static ReviewAction undo(long seq, ReviewAction target, Map<String, Decision> current, String user,
                                    Instant at) {
        List<ReviewAction.Change> changes = new ArrayList<>();
        for (ReviewAction.Change c : target.changes()) {
            Decision now = current.get(c.suggestionId());
            if (c.after().equals(now)) {
                changes.add(new ReviewAction.Change(c.suggestionId(), c.after(), c.before()));
            }
        }
        return new ReviewAction(seq, ReviewVerb.UNDO, user, at, "actie " + target.seq(), target.seq(), changes);
    }

    /** Applies an action to a map of decisions (the in-memory store; SQLite does the same per row). */
    public static Map<String, Decision> apply(Map<String, Decision> current, ReviewAction action) {
        Map<String, Decision> next = new HashMap<>(current);
        for (ReviewAction.Change c : action.changes()) {
            next.put(c.suggestionId(), c.after());
        }
        return next;
    }

    /** Ids of the items a selector picks, in suggestion id order. */
    public static List<String> select(List<ReviewItem> items, SuggestionSelector selector) {
        return items.stream().filter(selector::matches).map(ReviewItem::id).sorted(SUGGESTION_ORDER).toList();
    }

    /** S-0009 before S-0010 before S-10000: by length, then text. */
    public static final Comparator<String> SUGGESTION_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    /** True when the decision takes the suggestion out of the review queue. */
    public static boolean reviewed(Decision d) {
        return d.state() != ReviewState.OPEN;
    }
}
