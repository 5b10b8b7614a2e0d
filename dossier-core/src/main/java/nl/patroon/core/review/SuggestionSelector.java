package nl.patroon.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.taxonomy.Category;

/**
 * A bulk selection: every suggestion in the given state that matches all of the filters given (rule,
 * category, author, conversation). A selection without any filter selects nothing, so that a bulk action
 * never touches the whole case by a forgotten option.
 *
 * @param state the state to select from; OPEN unless a person revisits set-aside suggestions
 */
public record SuggestionSelector(String rule, Category category, String author, String conversation,
                                 ReviewState state) {

    public SuggestionSelector {
        state = state == null ? ReviewState.OPEN : state;
    }

    public static SuggestionSelector byRule(String rule) {
        return new SuggestionSelector(rule, null, null, null, null);
    }

    public static SuggestionSelector byCategory(Category category) {
        return new SuggestionSelector(null, category, null, null, null);
    }

    public static SuggestionSelector byAuthor(String author) {
        return new SuggestionSelector(null, null, author, null, null);
    }

    public static SuggestionSelector byConversation(String evidenceId) {
        return new SuggestionSelector(null, null, null, evidenceId, null);
    }

    public boolean isEmpty() {
        return rule == null && category == null && author == null && conversation == null;
    }

    public boolean matches(ReviewItem item) {
        if (isEmpty() || item.suggestion().state() != state) {
            return false;
        }
        return (rule == null || rule.equals(item.suggestion().ruleId()))
                && (category == null || category == item.suggestion().category())
                && (author == null || author.equalsIgnoreCase(item.author() == null ? "" : item.author()))
                && (conversation == null || conversation.equals(item.conversation()));
    }

    /** For the audit line: "regel=kill.afmaken categorie=THREAT_TO_KILL". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (rule != null) {
            parts.add("regel=" + rule);
        }
        if (category != null) {
            parts.add("categorie=" + category.name());
        }
        if (author != null) {
            parts.add("auteur=" + author);
        }
        if (conversation != null) {
            parts.add("gesprek=" + conversation);
        }
        if (state != ReviewState.OPEN) {
            parts.add("status=" + state.name().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", parts);
    }
}
