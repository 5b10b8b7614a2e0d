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
public record AnalysedText(String text, List<Token> tokens, Set<String> terms) {

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
        return new AnalysedText(text, List.copyOf(tokens), terms);
    }

    /** Number of positions. */
    public int length() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).position() + 1;
    }
}
