package nl.patroon.indexer.detect.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.patroon.indexer.detect.analysis.AnalysedText;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * A compiled pattern before it meets a text. {@link #build} makes the Lucene intervals source for one text,
 * leaving out every word the text does not contain: a rule listing fifty verbs then costs the index one
 * lookup per verb that is actually there, and a part that cannot match stops the build (null).
 */
public interface Node {

    /** The intervals source for this text, or null when the text cannot match. */
    IntervalsSource build(AnalysedText text);

    static Node term(String term) {
        return text -> text.terms().contains(term) ? Intervals.term(term) : null;
    }

    static Node prefix(String prefix) {
        return text -> {
            List<IntervalsSource> hits = new ArrayList<>();
            for (String t : text.terms()) {
                if (t.startsWith(prefix)) {
                    hits.add(Intervals.term(t));
                }
            }
            return hits.isEmpty() ? null : hits.size() == 1 ? hits.get(0)
                    : Intervals.or(hits.toArray(IntervalsSource[]::new));
        };
    }

    /** Every part is required; {@code combine} joins the built parts. */
    static Node all(List<Node> parts, Function<IntervalsSource[], IntervalsSource> combine) {
        List<Node> ps = List.copyOf(parts);
        return text -> {
            IntervalsSource[] built = new IntervalsSource[ps.size()];
            for (int i = 0; i < built.length; i++) {
                built[i] = ps.get(i).build(text);
                if (built[i] == null) {
                    return null;
                }
            }
            return built.length == 1 ? built[0] : combine.apply(built);
        };
    }

    static Node any(List<Node> alternatives) {
        List<Node> as = List.copyOf(alternatives);
        return text -> {
            List<IntervalsSource> built = new ArrayList<>(as.size());
            for (Node a : as) {
                IntervalsSource s = a.build(text);
                if (s != null) {
                    built.add(s);
                }
            }
            return built.isEmpty() ? null : built.size() == 1 ? built.get(0)
                    : Intervals.or(built.toArray(IntervalsSource[]::new));
        };
    }

    /** Hits of {@code minuend} that have no hit of {@code unless} within {@code window} positions. */
    static Node notWithin(Node minuend, int window, Node unless) {
        return text -> {
            IntervalsSource m = minuend.build(text);
            if (m == null) {
                return null;
            }
            IntervalsSource u = unless.build(text);
            return u == null ? m : Intervals.notWithin(m, window, u);
        };
    }
}
