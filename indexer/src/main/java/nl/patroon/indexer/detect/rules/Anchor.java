package nl.patroon.indexer.detect.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.patroon.indexer.detect.analysis.AnalysedText;

/**
 * Terms of which a text must contain at least one for a pattern to have a chance: a cheap test that lets
 * most messages skip most rules before any index is built. {@code null} fields never occur; an anchor
 * that cannot be known is {@link #ANY}.
 */
public record Anchor(Set<String> terms, List<String> prefixes, boolean any) {
    public static final Anchor ANY = new Anchor(Set.of(), List.of(), true);
    /** Admits nothing; the neutral start of a union. */
    public static final Anchor NONE = new Anchor(Set.of(), List.of(), false);

    public Anchor {
        terms = Set.copyOf(terms);
        prefixes = List.copyOf(prefixes);
    }

    static Anchor term(String t) {
        return new Anchor(Set.of(t), List.of(), false);
    }

    static Anchor prefix(String p) {
        return new Anchor(Set.of(), List.of(p), false);
    }

    public Anchor union(Anchor other) {
        if (any || other.any) {
            return ANY;
        }
        Set<String> t = new HashSet<>(terms);
        t.addAll(other.terms);
        List<String> p = new java.util.ArrayList<>(prefixes);
        p.addAll(other.prefixes);
        return new Anchor(t, p, false);
    }

    /** Higher is more selective: the shortest probe decides, since any probe can admit a text. */
    int selectivity() {
        if (any) {
            return -1;
        }
        int min = Integer.MAX_VALUE;
        for (String t : terms) {
            min = Math.min(min, t.length());
        }
        for (String p : prefixes) {
            min = Math.min(min, p.length());
        }
        return min;
    }

    public boolean admits(AnalysedText text) {
        if (any) {
            return true;
        }
        for (String t : terms) {
            if (text.terms().contains(t)) {
                return true;
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
}
