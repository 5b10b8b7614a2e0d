package nl.patroon.indexer.detect.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.patroon.indexer.detect.analysis.AnalysedText;

/**
 * What a text must contain for a pattern to have a chance, as clauses that must all hold, each satisfied by
 * any one of its terms or prefixes ("ik maak je af" needs ik and maak and je and af). It lets almost every
 * message skip almost every rule before any matching; the interval match then decides.
 */
public record Anchor(List<Clause> clauses) {

    /** At least one of these terms (exact) or prefixes must occur. */
    public record Clause(Set<String> terms, List<String> prefixes) {
        public Clause {
            terms = Set.copyOf(terms);
            prefixes = List.copyOf(prefixes);
        }

        boolean holds(AnalysedText text) {
            // Walk the smaller side: a chat line has a dozen terms, a clause may list fifty.
            if (text.terms().size() < terms.size()) {
                for (String t : text.terms()) {
                    if (terms.contains(t)) {
                        return true;
                    }
                }
            } else {
                for (String t : terms) {
                    if (text.terms().contains(t)) {
                        return true;
                    }
                }
            }
            if (!prefixes.isEmpty()) {
                for (String have : text.terms()) {
                    for (String p : prefixes) {
                        if (have.startsWith(p)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Lower is better as a trigger: few probes, no everyday words, few prefixes. */
        int cost() {
            int c = terms.size() + 5 * prefixes.size();
            for (String t : terms) {
                if (t.length() <= 3) {
                    c += 20;
                }
            }
            for (String p : prefixes) {
                if (p.length() <= 3) {
                    c += 40;
                }
            }
            return c;
        }
    }

    public Anchor {
        clauses = List.copyOf(clauses);
    }

    static Anchor term(String t) {
        return new Anchor(List.of(new Clause(Set.of(t), List.of())));
    }

    static Anchor prefix(String p) {
        return new Anchor(List.of(new Clause(Set.of(), List.of(p))));
    }

    /** All parts are required: every clause of every part must hold. */
    static Anchor all(List<Anchor> parts) {
        List<Clause> cs = new ArrayList<>();
        parts.forEach(p -> cs.addAll(p.clauses()));
        return new Anchor(cs);
    }

    /** One of the alternatives is required: its trigger clause holds, so the union of trigger clauses does. */
    static Anchor any(List<Anchor> alternatives) {
        Set<String> terms = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (Anchor a : alternatives) {
            Clause c = a.trigger();
            terms.addAll(c.terms());
            prefixes.addAll(c.prefixes());
        }
        return new Anchor(List.of(new Clause(terms, prefixes)));
    }

    /** The most selective clause: a text without any of its probes cannot match. */
    public Clause trigger() {
        Clause best = clauses.get(0);
        for (Clause c : clauses) {
            if (c.cost() < best.cost()) {
                best = c;
            }
        }
        return best;
    }

    public boolean admits(AnalysedText text) {
        for (Clause c : clauses) {
            if (!c.holds(text)) {
                return false;
            }
        }
        return true;
    }
}
