package nl.patroon.core.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.taxonomy.Category;

/**
 * What an incident counts for. An incident counts once per category, however many sources tell of it. Its
 * behaviour categories count only when it is the suspect's behaviour; the context categories (separation,
 * pregnancy, the victim's fear) count whoever speaks. So the victim's own words — her joke, her fear — never
 * count as his threat.
 */
final class Counting {
    static final Set<Category> CONTEXT = EnumSet.of(Category.SEPARATION, Category.PREGNANCY, Category.VICTIM_FEAR);

    private Counting() {
    }

    static List<Category> counted(Incident i) {
        if (i.actor() == Actor.SUSPECT) {
            return i.categories();
        }
        List<Category> out = new ArrayList<>(2);
        for (Category c : i.categories()) {
            if (CONTEXT.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The suspect's behaviour: a suspect incident with at least one category of some severity. */
    static boolean behaviour(Incident i, PatternSpec spec) {
        return i.actor() == Actor.SUSPECT && severity(i, spec) > 0;
    }

    /** The highest severity of the incident's categories; 0 when it is not the suspect's behaviour. */
    static int severity(Incident i, PatternSpec spec) {
        if (i.actor() != Actor.SUSPECT) {
            return 0;
        }
        int max = 0;
        for (Category c : i.categories()) {
            max = Math.max(max, spec.severityOf(c));
        }
        return max;
    }
}
