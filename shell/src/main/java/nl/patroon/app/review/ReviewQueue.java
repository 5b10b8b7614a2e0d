package nl.patroon.app.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.patroon.app.Adapters;
import nl.patroon.core.analysis.PatternSpec;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.review.SuggestionSelector;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.taxonomy.Category;

/**
 * The order in which a person walks the open suggestions (the review loop): red flags first (the categories of
 * the red-flag checklist in the pattern data file), then by date, undated last; filtered by category, author,
 * conversation, period and lowest confidence. And the few messages around one, for context. The decisions
 * themselves go through {@link Review}, so a key press in the loop is the same audited action as the command.
 */
public final class ReviewQueue {
    /**
     * @param from        first day (inclusive) or null
     * @param until       last day (inclusive) or null
     * @param confidence  the lowest confidence shown, or null for all
     */
    public record Filter(Category category, String author, String conversation, LocalDate from, LocalDate until,
                         Confidence confidence) {
        boolean admits(Review.Item item) {
            if (confidence != null && item.suggestion().confidence().ordinal() > confidence.ordinal()) {
                return false; // HIGH, MEDIUM, LOW: a later one is less sure
            }
            if (from == null && until == null) {
                return true;
            }
            Optional<LocalDate> day = day(item);
            return day.isPresent() && (from == null || !day.get().isBefore(from))
                    && (until == null || !day.get().isAfter(until));
        }
    }

    /** The messages of the same source before and after a passage, in order. */
    public record Context(List<Passage> before, Passage passage, List<Passage> after) {
    }

    private static final int ALL = 100_000;
    private final Adapters adapters;
    private final Review review;
    private final Set<Category> redFlags;

    public ReviewQueue(Adapters adapters, Review review) {
        this.adapters = adapters;
        this.review = review;
        this.redFlags = PatternSpec.bundled().redFlags().stream().flatMap(f -> f.categories().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The open suggestions the filter admits, red flags first, then by date. */
    public List<Review.Item> open(Path caseRoot, Filter filter) throws IOException {
        Filter f = filter == null ? new Filter(null, null, null, null, null, null) : filter;
        SuggestionSelector selector = new SuggestionSelector(null, f.category(), f.author(), f.conversation(),
                ReviewState.OPEN);
        List<Review.Item> items = new ArrayList<>(review.list(new Review.ListRequest(caseRoot, selector, ALL)).items());
        items.removeIf(i -> !f.admits(i));
        items.sort(Comparator.comparing((Review.Item i) -> !redFlag(i))
                .thenComparing(i -> start(i).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.suggestion().id()));
        return items;
    }

    public boolean redFlag(Review.Item item) {
        return redFlags.contains(item.suggestion().category());
    }

    /** Up to {@code around} messages before and after the passage, from the same source. */
    public Context context(Path caseRoot, Passage passage, int around) throws IOException {
        try (CaseWorkspace ws = adapters.open(caseRoot)) {
            Optional<PassageSearch> search = adapters.search(ws);
            if (search.isEmpty()) {
                return new Context(List.of(), passage, List.of());
            }
            try (PassageSearch s = search.get()) {
                List<Passage> all = s.passagesOf(passage.evidenceId()).stream().map(SearchHit::passage).toList();
                int at = -1;
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).id().equals(passage.id())) {
                        at = i;
                        break;
                    }
                }
                if (at < 0) {
                    return new Context(List.of(), passage, List.of());
                }
                return new Context(all.subList(Math.max(0, at - around), at), passage,
                        all.subList(at + 1, Math.min(all.size(), at + 1 + around)));
            }
        }
    }

    private static Optional<ZonedDateTime> start(Review.Item i) {
        return i.passage() == null || i.passage().time() == null ? Optional.empty()
                : Optional.of(i.passage().time().start());
    }

    private static Optional<LocalDate> day(Review.Item i) {
        return start(i).map(ZonedDateTime::toLocalDate);
    }
}
