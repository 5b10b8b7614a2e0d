package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stacks a second token on a word at the same position, keeping the word itself. For rules, the Snowball stem
 * ({@link #StemStackFilter(TokenStream, SnowballStemmer)}): rules written as whole words match every inflection
 * through the stem ("vermoorden" matches "vermoordt"), and rules written as prefixes ("kanker*") match the unstemmed
 * word, which is what a reader of the rule expects. The passage index stacks its marked stems with the same filter
 * ({@code PassageAnalysis}).
 */
public final class StemStackFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    /** The token to stack on a word, or null for none. */
    private final UnaryOperator<String> stacked;
    private State pending;
    private String pendingTerm;

    /** Stacks the Snowball stem of every word of three or more characters that starts with a letter. */
    public StemStackFilter(TokenStream input, SnowballStemmer stemmer) {
        this(input, stacking(word -> {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        }));
    }

    /** What to stack for rules: {@code stemmer}'s stem of a word of three or more characters starting with a letter. */
    public static UnaryOperator<String> stacking(UnaryOperator<String> stemmer) {
        return word -> {
            if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
                return null;
            }
            String stem = stemmer.apply(word);
            return stem.equals(word) ? null : stem;
        };
    }

    /** Stacks what {@code stacked} gives for a word (null: nothing). */
    public StemStackFilter(TokenStream input, UnaryOperator<String> stacked) {
        super(input);
        this.stacked = stacked;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            term.setEmpty().append(pendingTerm);
            posInc.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String extra = stacked.apply(term.toString());
        if (extra != null) {
            pending = captureState();
            pendingTerm = extra;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
