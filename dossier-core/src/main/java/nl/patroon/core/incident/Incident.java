package nl.patroon.core.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.taxonomy.Category;

/**
 * What a person confirmed happened: when (a moment or a period, with its precision), what kind of behaviour
 * (categories), whose behaviour, a short factual description, and every passage that supports it. Immutable:
 * linking, unlinking and merging return a new incident.
 *
 * @param id          I-0001, stable for the case
 * @param time        when; null for an incident a person could not date (it is listed, never silently dropped)
 * @param categories  distinct, in taxonomy order
 * @param supports    in evidence and locator order
 */
public record Incident(String id, EventTime time, List<Category> categories, Actor actor, String description,
                       List<SupportingPassage> supports) {

    /** I-0009 before I-0010 before I-10000. */
    public static final Comparator<String> ID_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    public Incident {
        Objects.requireNonNull(id, "id");
        actor = actor == null ? Actor.UNKNOWN : actor;
        description = description == null ? "" : description.strip();
        Set<Category> set = categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
        set.remove(Category.NONE);
        if (set.isEmpty()) {
            throw Problem.of("incident.no-category").exception();
        }
        categories = List.copyOf(set);
        supports = supports.stream().distinct().sorted(SupportingPassage.ORDER).toList();
    }

    public boolean dated() {
        return time != null && time.precision() != TimePrecision.UNKNOWN;
    }

    /** The local calendar day it started; null when undated. */
    public LocalDate day() {
        return dated() ? time.start().toLocalDate() : null;
    }

    public boolean has(Category c) {
        return categories.contains(c);
    }

    public List<String> suggestionIds() {
        return supports.stream().map(SupportingPassage::suggestionId).filter(s -> !s.isEmpty()).distinct()
                .sorted(ID_ORDER).toList();
    }

    public Incident withSupports(List<SupportingPassage> more) {
        List<SupportingPassage> all = new ArrayList<>(supports);
        all.addAll(more);
        return new Incident(id, time, categories, actor, description, all);
    }

    public Incident withCategories(List<Category> more) {
        List<Category> all = new ArrayList<>(categories);
        all.addAll(more);
        return new Incident(id, time, all, actor, description, supports);
    }

    /** Without the supports of that passage (evidence id + locator). */
    public Incident without(String passageId) {
        return new Incident(id, time, categories, actor, description,
                supports.stream().filter(s -> !s.passageId().equals(passageId)).toList());
    }

    public Incident withTime(EventTime newTime) {
        return new Incident(id, newTime, categories, actor, description, supports);
    }

    /**
     * This incident and another told about the same event, as one: the lower id stays, supports and categories
     * are united, the time covers both, the descriptions are kept both (a person edits them).
     */
    public Incident mergedWith(Incident other) {
        Incident keep = ID_ORDER.compare(id, other.id) <= 0 ? this : other;
        Incident gone = keep == this ? other : this;
        List<Category> cats = new ArrayList<>(keep.categories);
        cats.addAll(gone.categories);
        List<SupportingPassage> sup = new ArrayList<>(keep.supports);
        sup.addAll(gone.supports);
        String desc = gone.description.isEmpty() || keep.description.contains(gone.description)
                ? keep.description : keep.description + "\n" + gone.description;
        Actor who = keep.actor == gone.actor ? keep.actor
                : keep.actor == Actor.SUSPECT || gone.actor == Actor.SUSPECT ? Actor.SUSPECT : Actor.UNKNOWN;
        return new Incident(keep.id, cover(keep.time, gone.time), cats, who, desc, sup);
    }

    /** The smallest time that holds both; equal points stay points, anything else becomes a period. */
    public static EventTime cover(EventTime a, EventTime b) {
        if (a == null || a.precision() == TimePrecision.UNKNOWN) {
            return b;
        }
        if (b == null || b.precision() == TimePrecision.UNKNOWN || a.equals(b)) {
            return a;
        }
        var start = a.start().isAfter(b.start()) ? b.start() : a.start();
        var end = a.end().isBefore(b.end()) ? b.end() : a.end();
        return new EventTime(start, end, TimePrecision.INTERVAL);
    }
}
