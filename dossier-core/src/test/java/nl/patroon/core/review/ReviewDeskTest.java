package nl.patroon.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class ReviewDeskTest {
    static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

    static Suggestion suggestion(String id, String passage, Category c, String rule) {
        return new Suggestion(id, passage, c, rule, 0, 5, "woord", "uitleg", "explanation", Confidence.HIGH,
                ReviewState.OPEN, null);
    }

    final List<Suggestion> suggestions = List.of(
            suggestion("S-0001", "E-0004:m184", Category.THREAT_TO_KILL, "kill.afmaken"),
            suggestion("S-0002", "E-0005:m59", Category.THREAT_TO_KILL, "kill.afmaken"),
            suggestion("S-0003", "E-0004:m12", Category.MONITORING, "monitor.waar"),
            suggestion("S-0004", "E-0004:m30", Category.THREAT_TO_KILL, "kill.vermoorden"));
    Map<String, Decision> states = new LinkedHashMap<>(Map.of("S-0001", Decision.OPEN, "S-0002", Decision.OPEN,
            "S-0003", Decision.OPEN, "S-0004", Decision.OPEN));
    final List<ReviewAction> history = new ArrayList<>();

    ReviewAction take(ReviewAction a) {
        history.add(a);
        states = new LinkedHashMap<>(ReviewDesk.apply(states, a));
        return a;
    }

    @Test
    void confirming_puts_suggestions_into_an_incident_and_says_who_and_when() {
        ReviewAction a = take(ReviewDesk.confirm(1, states, List.of("S-0002", "S-0001"), "I-0001", "officier", T, ""));

        assertThat(states.get("S-0001")).isEqualTo(Decision.confirmed("I-0001"));
        assertThat(states.get("S-0003")).isEqualTo(Decision.OPEN);
        assertThat(a.suggestionIds()).containsExactly("S-0001", "S-0002");
        assertThat(a.auditAction()).isEqualTo("review.confirm");
        assertThat(a.auditDetails()).containsEntry("user", "officier").containsEntry("incident", "I-0001")
                .containsEntry("suggestions", List.of("S-0001", "S-0002"));
        assertThat(a.at()).isEqualTo(T);
    }

    @Test
    void rejecting_needs_a_reason_and_keeps_it() {
        assertThatThrownBy(() -> ReviewDesk.reject(1, states, List.of("S-0004"), " ", "officier", T, ""))
                .hasMessageContaining("reden");
        take(ReviewDesk.reject(1, states, List.of("S-0004"), "grap", "officier", T, ""));
        assertThat(states.get("S-0004").state()).isEqualTo(ReviewState.REJECTED);
        assertThat(states.get("S-0004").reason()).isEqualTo("grap");
    }

    @Test
    void undo_restores_each_suggestions_own_earlier_state() {
        take(ReviewDesk.reject(1, states, List.of("S-0004"), "grap", "a", T, ""));
        take(ReviewDesk.setAside(2, states, List.of("S-0003", "S-0004"), "later", "a", T, ""));
        assertThat(states.get("S-0004").state()).isEqualTo(ReviewState.SET_ASIDE);

        ReviewAction target = ReviewDesk.undoable(history).orElseThrow();
        assertThat(target.seq()).isEqualTo(2);
        ReviewAction undo = take(ReviewDesk.undo(3, target, states, "a", T));

        assertThat(states.get("S-0003")).isEqualTo(Decision.OPEN);
        assertThat(states.get("S-0004")).isEqualTo(Decision.rejected("grap"));
        assertThat(undo.auditDetails()).containsEntry("undoes", 2L);
        // the next undo reverses the action before, not the undo itself
        assertThat(ReviewDesk.undoable(history).orElseThrow().seq()).isEqualTo(1);
    }

    @Test
    void undo_leaves_a_suggestion_someone_decided_again_since() {
        ReviewAction first = take(ReviewDesk.confirm(1, states, List.of("S-0001", "S-0002"), "I-0001", "a", T, ""));
        take(ReviewDesk.reject(2, states, List.of("S-0002"), "dubbel", "b", T, ""));

        ReviewAction undo = ReviewDesk.undo(3, first, states, "a", T);

        assertThat(undo.suggestionIds()).containsExactly("S-0001");
    }

    @Test
    void bulk_by_rule_selects_only_that_rules_open_suggestions() {
        List<ReviewItem> items = suggestions.stream().map(s -> new ReviewItem(s, "P-01", null)).toList();
        List<String> ids = ReviewDesk.select(items, SuggestionSelector.byRule("kill.afmaken"));
        ReviewAction a = take(ReviewDesk.confirm(1, states, ids, "I-0001", "a", T,
                SuggestionSelector.byRule("kill.afmaken").describe()));

        assertThat(a.suggestionIds()).containsExactly("S-0001", "S-0002");
        assertThat(a.auditDetails()).containsEntry("selection", "regel=kill.afmaken");
        assertThat(states.get("S-0004")).isEqualTo(Decision.OPEN);
    }

    @Test
    void bulk_by_category_author_and_conversation() {
        List<ReviewItem> items = List.of(new ReviewItem(suggestions.get(0), "P-01", null),
                new ReviewItem(suggestions.get(1), "Mark", null), new ReviewItem(suggestions.get(2), "P-01", null),
                new ReviewItem(suggestions.get(3), "P-02", null));
        assertThat(ReviewDesk.select(items, SuggestionSelector.byCategory(Category.THREAT_TO_KILL)))
                .containsExactly("S-0001", "S-0002", "S-0004");
        assertThat(ReviewDesk.select(items, SuggestionSelector.byAuthor("p-01"))).containsExactly("S-0001", "S-0003");
        assertThat(ReviewDesk.select(items, SuggestionSelector.byConversation("E-0005"))).containsExactly("S-0002");
        assertThat(ReviewDesk.select(items, new SuggestionSelector(null, null, null, null, null))).isEmpty();
    }

    @Test
    void doing_the_same_again_changes_nothing() {
        take(ReviewDesk.reject(1, states, List.of("S-0004"), "grap", "a", T, ""));
        ReviewAction again = ReviewDesk.reject(2, states, List.of("S-0004"), "grap", "a", T, "");
        assertThat(again.changes()).isEmpty();
    }

    @Test
    void a_confirmation_always_names_its_incident() {
        assertThatThrownBy(() -> Decision.confirmed(null)).hasMessageContaining("incident");
        assertThatThrownBy(() -> ReviewDesk.confirm(1, states, List.of("S-9999"), "I-0001", "a", T, ""))
                .hasMessageContaining("S-9999");
    }
}
