package nl.patroon.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.review.Decision;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.SuggestionSelector;

/**
 * Review actions and the decisions they leave on suggestions. Every call touches only the suggestions it names
 * (by id, indexed), so one review action costs the same in a case of a thousand passages or of ten million.
 */
public interface ReviewRepository {
    /** The current decisions of these suggestions; unknown ids are left out. */
    Map<String, Decision> decisions(Collection<String> suggestionIds);

    /** Suggestions matching the selector's rule, category, conversation and state (author is the caller's). */
    List<Suggestion> select(SuggestionSelector selector);

    /** The suggestions with these ids, in id order. */
    List<Suggestion> suggestions(Collection<String> ids);

    /** The sequence number the next action gets. */
    long nextSeq();

    /** Stores the action and applies its changes to the suggestions. Call inside a transaction. */
    void record(ReviewAction action);

    /** The latest action that is neither an undo nor undone. */
    Optional<ReviewAction> lastUndoable();

    /** All actions, in order. */
    List<ReviewAction> history();
}
