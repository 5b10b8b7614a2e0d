package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.patroon.app.review.Review;
import nl.patroon.app.review.ReviewQueue;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.review.Decision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review card says how a suggestion bears on the case, in the reviewer's language, and what that means. */
class ReviewCardTest {
    static final Passage MESSAGE = new Passage("E-0004", Locator.message(184, 0), null, "Mark", "P-01", "nl",
            false, "Ik maak je af als je weggaat");
    static final Passage REPORT = new Passage("E-0001", Locator.onPage(2, 3), null, null, null, "nl", false,
            "Aangeefster verklaarde dat hij zei: ik maak je af.");

    static Suggestion suggestion(Passage on, Relevance relevance) {
        return new Suggestion("S-0042", on.id(), Category.THREAT_TO_KILL, "threat.kill", 3, 14, "maak je af",
                "Doodsbedreiging: 'maak je af'.", "Death threat: 'maak je af'.", Confidence.HIGH, ReviewState.OPEN,
                null).withRelevance(relevance);
    }

    static String card(Passage on, Relevance relevance) {
        return ReviewCard.render(new Review.Item(suggestion(on, relevance), Decision.OPEN, on),
                new ReviewQueue.Context(List.of(), on, List.of()), 1, 3, false, Map.of("P-01", "Mark de Vries"),
                List.of());
    }

    @AfterEach
    void dutch() {
        Messages.use("nl");
    }

    @Test
    void the_relevance_in_dutch_words_with_what_it_means() {
        Messages.use("nl");
        assertThat(card(MESSAGE, Relevance.BEHAVIOUR)).contains("Relevantie: gedrag (eigen handelen of woorden"
                + " van de verdachte");
        assertThat(card(REPORT, Relevance.ACCOUNT)).contains("Relevantie: verslag (iemand beschrijft zulk gedrag");
        assertThat(card(MESSAGE, Relevance.OTHER)).contains("Relevantie: overig (al het andere");
    }

    @Test
    void the_relevance_in_english_on_request() {
        Messages.use("en");
        assertThat(card(MESSAGE, Relevance.BEHAVIOUR)).contains("Relevance: behaviour (the suspect's own acts");
        assertThat(card(REPORT, Relevance.ACCOUNT)).contains("Relevance: account (someone describes")
                .doesNotContain("Relevantie");
    }

    @Test
    void a_suggestion_stored_before_relevance_existed_says_what_it_is_taken_for() {
        Messages.use("nl");
        assertThat(card(MESSAGE, null)).contains("Relevantie: gedrag, aangenomen: opgeslagen voordat relevantie"
                + " bestond");
        assertThat(card(REPORT, null)).contains("Relevantie: verslag, aangenomen");
    }

    @Test
    void the_relevance_comes_after_the_head_and_before_the_rules_explanation() {
        Messages.use("nl");
        List<String> lines = card(MESSAGE, Relevance.BEHAVIOUR).lines().toList();
        assertThat(lines.get(0)).startsWith("[1/3] S-0042");
        assertThat(lines.get(1)).startsWith("Relevantie: gedrag");
        assertThat(lines.get(2)).isEqualTo("Waarom: Doodsbedreiging: 'maak je af'.");
    }

    @Test
    void where_the_passage_stands_in_the_reviewers_language() {
        Messages.use("nl");
        assertThat(card(MESSAGE, Relevance.BEHAVIOUR)).contains("(bericht 184)");
        assertThat(ReviewCard.where(Locator.message(1520, 3041))).isEqualTo("bericht 1520 (regel 3041)");
        assertThat(ReviewCard.where(Locator.onPage(2, 3).fromSentence(4))).isEqualTo(Locator.onPage(2, 3)
                .fromSentence(4).display());
        Messages.use("en");
        assertThat(card(REPORT, Relevance.ACCOUNT)).contains("(p. 2, paragraph 3)");
        assertThat(ReviewCard.where(Locator.message(1520, 3041))).isEqualTo("message 1520 (line 3041)");
        assertThat(ReviewCard.where(Locator.paragraph(7))).isEqualTo("paragraph 7");
    }
}
