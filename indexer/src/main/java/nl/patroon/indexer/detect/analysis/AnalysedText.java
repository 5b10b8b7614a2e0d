package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text after analysis: its tokens with positions and character offsets into the original, and the set of
 * terms (to skip rules whose words are absent before any matching).
 */
public final class AnalysedText {
    private final String text;
    private final List<Token> tokens;
    private final Set<String> terms;
    /** Positions per term, built on first use: a report paragraph has hundreds of tokens and many rules to try. */
    private java.util.Map<String, int[]> positions;

    public AnalysedText(String text, List<Token> tokens, Set<String> terms) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        // Not Set.copyOf: its iteration order is salted per JVM run, and the order in which terms are visited
        // decides the order of candidate matches; a HashSet's order is the same in every run. Not copied either,
        // as a copy may have another capacity and so another order.
        this.terms = java.util.Collections.unmodifiableSet(terms);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Set<String> terms() {
        return terms;
    }

    /** The distinct positions, in order, at which {@code term} occurs (stacked variants count once). */
    public int[] positionsOf(String term) {
        if (positions == null) {
            // Tokens come in position order; stacked variants of one word may repeat a term at a position. Plain
            // int arrays, no boxing or streams: this runs for every text analysed.
            java.util.Map<String, Growing> found = new java.util.HashMap<>(tokens.size() * 2);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                found.computeIfAbsent(t.term(), k -> new Growing()).addIfNew(t.position());
            }
            java.util.Map<String, int[]> byTerm = new java.util.HashMap<>(found.size() * 2);
            found.forEach((t, at) -> byTerm.put(t, at.toArray()));
            positions = byTerm;
        }
        return positions.getOrDefault(term, NONE);
    }

    private static final int[] NONE = new int[0];

    /** The positions of one term while they are collected. */
    private static final class Growing {
        private int[] at = new int[2];
        private int n;

        void addIfNew(int position) {
            if (n > 0 && at[n - 1] == position) {
                return;
            }
            if (n == at.length) {
                at = java.util.Arrays.copyOf(at, n * 2);
            }
            at[n++] = position;
        }

        int[] toArray() {
            return n == at.length ? at : java.util.Arrays.copyOf(at, n);
        }
    }

    /** One analysed token; stacked variants share a position. */
    public record Token(String term, int position, int start, int end) {
    }

    public static AnalysedText of(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        Set<String> terms = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += posInc.getPositionIncrement();
                String t = term.toString();
                tokens.add(new Token(t, pos, offset.startOffset(), offset.endOffset()));
                terms.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalysedText(text, tokens, terms);
    }

    /** Number of positions. */
    /** Per position, the first start ([0]) and last end ([1]) offset of its tokens (stacked variants share offsets). */
    public int[][] positionOffsets() {
        int[][] o = new int[2][length()];
        java.util.Arrays.fill(o[0], Integer.MAX_VALUE);
        for (Token t : tokens) {
            o[0][t.position()] = Math.min(o[0][t.position()], t.start());
            o[1][t.position()] = Math.max(o[1][t.position()], t.end());
        }
        return o;
    }

    public int length() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position() + 1;
    }
}
