package nl.patroon.indexer.detect.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.patroon.indexer.detect.analysis.AnalysedText;

/**
 * A compiled pattern, evaluated on the positions of one analysed text with the operators of Lucene's
 * intervals ({@code term}, {@code or}, {@code ordered}/{@code unordered} with {@code maxgaps},
 * {@code phrase}, {@code notWithin}): a result is a list of minimal position intervals. A chat line has a
 * few dozen positions, so evaluating directly on the token list is exact and avoids building an index per
 * message (which cost more than the matching itself).
 */
public interface Node {

    /** Positions {@code start..end} (inclusive) of one match. */
    record Interval(int start, int end) {
        int width() {
            return end - start + 1;
        }
    }

    /** The intervals where this pattern matches, sorted by start then end; empty when none. */
    List<Interval> eval(AnalysedText text);

    static Node term(String term) {
        return text -> {
            int[] at = text.positionsOf(term);
            List<Interval> out = new ArrayList<>(at.length);
            for (int p : at) {
                out.add(new Interval(p, p));
            }
            return out;
        };
    }

    static Node prefix(String prefix) {
        return text -> {
            List<Interval> out = new ArrayList<>(2);
            for (AnalysedText.Token t : text.tokens()) {
                if (t.term().startsWith(prefix)
                        && (out.isEmpty() || out.get(out.size() - 1).start() != t.position())) {
                    out.add(new Interval(t.position(), t.position()));
                }
            }
            return out;
        };
    }

    static Node any(List<Node> alternatives) {
        List<Node> as = List.copyOf(alternatives);
        return text -> {
            List<Interval> all = new ArrayList<>();
            for (Node a : as) {
                all.addAll(a.eval(text));
            }
            return distinct(all);
        };
    }

    /** Children in this order, each starting after the previous ends, with at most {@code maxGaps} words between them in all. */
    static Node ordered(List<Node> children, int maxGaps) {
        List<Node> cs = List.copyOf(children);
        return text -> {
            List<List<Interval>> parts = evalAll(cs, text);
            if (parts == null) {
                return List.of();
            }
            List<Interval> out = new ArrayList<>();
            for (Interval first : parts.get(0)) {
                chain(parts, 1, first.start(), first.end(), 0, maxGaps, out);
            }
            return distinct(out);
        };
    }

    private static void chain(List<List<Interval>> parts, int k, int start, int end, int gaps, int maxGaps,
                              List<Interval> out) {
        if (k == parts.size()) {
            out.add(new Interval(start, end));
            return;
        }
        for (Interval next : parts.get(k)) {
            if (next.start() <= end) {
                continue;
            }
            int g = gaps + next.start() - end - 1;
            if (g > maxGaps) {
                break;
            }
            chain(parts, k + 1, start, next.end(), g, maxGaps, out);
        }
    }

    /** Children adjacent, in order. */
    static Node phrase(List<Node> children) {
        return ordered(children, 0);
    }

    /** Children in any order, not overlapping, with at most {@code maxGaps} other words in the span. */
    static Node unordered(List<Node> children, int maxGaps) {
        List<Node> cs = List.copyOf(children);
        return text -> {
            List<List<Interval>> parts = evalAll(cs, text);
            if (parts == null) {
                return List.of();
            }
            List<Interval> out = new ArrayList<>();
            pick(parts, 0, new ArrayList<>(), maxGaps, out);
            return distinct(out);
        };
    }

    private static void pick(List<List<Interval>> parts, int k, List<Interval> chosen, int maxGaps,
                             List<Interval> out) {
        if (k == parts.size()) {
            List<Interval> sorted = new ArrayList<>(chosen);
            sorted.sort(Comparator.comparingInt(Interval::start));
            int width = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0 && sorted.get(i).start() <= sorted.get(i - 1).end()) {
                    return;
                }
                width += sorted.get(i).width();
            }
            Interval span = new Interval(sorted.get(0).start(), sorted.get(sorted.size() - 1).end());
            if (span.width() - width <= maxGaps) {
                out.add(span);
            }
            return;
        }
        for (Interval i : parts.get(k)) {
            chosen.add(i);
            pick(parts, k + 1, chosen, maxGaps, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** Matches of {@code minuend} with no match of {@code unless} within {@code window} positions (0: overlapping). */
    static Node notWithin(Node minuend, int window, Node unless) {
        return text -> {
            List<Interval> m = minuend.eval(text);
            if (m.isEmpty()) {
                return m;
            }
            List<Interval> u = unless.eval(text);
            if (u.isEmpty()) {
                return m;
            }
            List<Interval> out = new ArrayList<>(m.size());
            for (Interval x : m) {
                boolean near = false;
                for (Interval y : u) {
                    if ((long) y.end() >= (long) x.start() - window && (long) y.start() <= (long) x.end() + window) {
                        near = true;
                        break;
                    }
                }
                if (!near) {
                    out.add(x);
                }
            }
            return out;
        };
    }

    private static List<List<Interval>> evalAll(List<Node> nodes, AnalysedText text) {
        List<List<Interval>> parts = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            List<Interval> r = n.eval(text);
            if (r.isEmpty()) {
                return null;
            }
            parts.add(r);
        }
        return parts;
    }

    /** Sorted, without duplicates. Inner results keep longer intervals: "you are" may be what "a dead woman" follows. */
    private static List<Interval> distinct(List<Interval> all) {
        if (all.size() <= 1) {
            return all;
        }
        List<Interval> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Interval::start).thenComparingInt(Interval::end));
        List<Interval> out = new ArrayList<>(sorted.size());
        for (Interval i : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Drops duplicates and every interval that contains another: the matches to report. */
    static List<Interval> minimal(List<Interval> all) {
        if (all.size() <= 1) {
            return all;
        }
        List<Interval> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Interval::start).thenComparingInt(Interval::end));
        List<Interval> out = new ArrayList<>(sorted.size());
        for (Interval i : sorted) {
            boolean containsOther = false;
            for (Interval j : sorted) {
                if (j != i && !j.equals(i) && j.start() >= i.start() && j.end() <= i.end()) {
                    containsOther = true;
                    break;
                }
            }
            if (!containsOther && (out.isEmpty() || !out.get(out.size() - 1).equals(i))) {
                out.add(i);
            }
        }
        return out;
    }
}
