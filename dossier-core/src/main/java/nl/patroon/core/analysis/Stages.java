package nl.patroon.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.taxonomy.Category;

/**
 * Monckton-Smith's stages where the incidents support them (decision support only, reference.md §3.1): a
 * stage with categories is SUPPORTED by the incidents of those categories (after the first trigger where the
 * stage says so; stage 5 also by rising frequency or severity), NOT_SEEN without them; a stage only a person
 * can judge is MANUAL, with what to check.
 */
final class Stages {
    private Stages() {
    }

    static List<Findings.Stage> of(PatternSpec spec, List<Incident> dated, Escalation escalation) {
        List<Findings.Stage> out = new ArrayList<>();
        for (PatternSpec.StageSpec s : spec.stages()) {
            if (s.manual() != null) {
                out.add(new Findings.Stage(s.stage(), s.nl(), "MANUAL", "handmatig beoordelen", List.of(), s.manual()));
                continue;
            }
            List<String> ids = matching(dated, s.categories(), s.actor(), s.afterFirst()).stream().map(Incident::id)
                    .sorted(Incident.ID_ORDER).toList();
            boolean rising = s.escalation() && (escalation.frequency().verdict() == Trend.Verdict.RISING
                    || escalation.severity().verdict() == Trend.Verdict.RISING);
            boolean supported = !ids.isEmpty() || rising;
            String note = rising ? "Frequentie " + escalation.frequency().verdictNl() + ", ernst "
                    + escalation.severity().verdictNl() + "." : "";
            out.add(new Findings.Stage(s.stage(), s.nl(), supported ? "SUPPORTED" : "NOT_SEEN",
                    supported ? "aanwijzingen aanwezig" : "geen aanwijzingen in de incidenten", ids, note));
        }
        return out;
    }

    /**
     * The dated incidents with any of the categories, in scope (the suspect's, or anyone's), and on or after the
     * first incident of the trigger categories when there are any.
     */
    static List<Incident> matching(List<Incident> dated, List<Category> categories, PatternSpec.ActorScope scope,
                                   List<Category> afterFirst) {
        Set<Category> cats = categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
        LocalDate trigger = null;
        if (!afterFirst.isEmpty()) {
            Set<Category> t = EnumSet.copyOf(afterFirst);
            for (Incident i : dated) {
                if (Counting.counted(i).stream().anyMatch(t::contains)) {
                    trigger = i.day();
                    break;
                }
            }
            if (trigger == null) {
                return List.of();
            }
        }
        List<Incident> out = new ArrayList<>();
        for (Incident i : dated) {
            if (!PatternAnalyser.inScope(i, scope) || (trigger != null && i.day().isBefore(trigger))) {
                continue;
            }
            for (Category c : i.categories()) {
                if (cats.contains(c)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }
}
