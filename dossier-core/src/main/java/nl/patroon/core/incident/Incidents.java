package nl.patroon.core.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.taxonomy.Category;

/** Making incidents: from confirmed suggestions, or by hand from a narrative or a witness at a hearing. */
public final class Incidents {
    /** Longest quote kept from a passage; longer passages are quoted around the matched words. */
    static final int QUOTE_LIMIT = 280;

    private Incidents() {
    }

    /** A suggestion being confirmed, with its passage and the origin a person accepted for it. */
    public record Confirmation(Suggestion suggestion, Passage passage, SourceOrigin origin, String originPerson) {
        public Confirmation {
            Objects.requireNonNull(suggestion, "suggestion");
            Objects.requireNonNull(passage, "passage");
            if (!suggestion.passageId().equals(passage.id())) {
                throw new IllegalArgumentException(suggestion.id() + " is not on passage " + passage.id());
            }
        }

        public SupportingPassage support() {
            return new SupportingPassage(passage.evidenceId(), passage.locator().code(),
                    quote(passage.text(), suggestion.start(), suggestion.end()), origin, originPerson,
                    suggestion.id());
        }
    }

    /**
     * A new incident from confirmed suggestions. Its time covers their passages' times; its categories are
     * theirs; it is the suspect's behaviour when any of the suggestions attributes it to the suspect, the
     * victim's when all of them attribute it to her.
     */
    public static Incident fromSuggestions(String id, String description, List<Confirmation> confirmations) {
        if (confirmations.isEmpty()) {
            throw Problem.of("incident.no-suggestions").exception();
        }
        EventTime time = null;
        List<Category> categories = new ArrayList<>();
        List<SupportingPassage> supports = new ArrayList<>();
        for (Confirmation c : confirmations) {
            time = Incident.cover(time, c.passage().time());
            categories.add(c.suggestion().category());
            supports.add(c.support());
        }
        return new Incident(id, time, categories, actorOf(confirmations), description, supports);
    }

    /** An existing incident with more confirmed suggestions: supports and categories are added, time kept. */
    public static Incident extend(Incident incident, List<Confirmation> confirmations) {
        return incident.withSupports(confirmations.stream().map(Confirmation::support).toList())
                .withCategories(confirmations.stream().map(c -> c.suggestion().category()).toList());
    }

    /** An incident a person writes down from a narrative (a report, a hearing); the suspect's unless stated. */
    public static Incident byHand(String id, EventTime time, List<Category> categories, Actor actor,
                                  String description, List<SupportingPassage> supports) {
        if (description == null || description.isBlank()) {
            throw Problem.of("incident.no-description").exception();
        }
        if (time == null || time.precision() == TimePrecision.UNKNOWN) {
            throw Problem.of("incident.no-date").exception();
        }
        return new Incident(id, time, categories, actor == null ? Actor.SUSPECT : actor, description, supports);
    }

    static Actor actorOf(List<Confirmation> confirmations) {
        boolean allVictim = true;
        boolean anyThird = false;
        for (Confirmation c : confirmations) {
            Actor a = Actor.fromAttribute(c.suggestion().attributes().actor());
            if (a == Actor.SUSPECT) {
                return Actor.SUSPECT;
            }
            allVictim &= a == Actor.VICTIM;
            anyThird |= a == Actor.THIRD;
        }
        return allVictim ? Actor.VICTIM : anyThird ? Actor.THIRD : Actor.UNKNOWN;
    }

    /** The passage, or for a long one the part around the matched words, marked with … where cut. */
    static String quote(String text, int start, int end) {
        String t = text.strip();
        if (t.length() <= QUOTE_LIMIT) {
            return t;
        }
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int room = Math.max(0, (QUOTE_LIMIT - (e - s)) / 2);
        int from = Math.max(0, s - room);
        int to = Math.min(text.length(), e + room);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
