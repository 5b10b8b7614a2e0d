package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stacks the Snowball stem on the word at the same position, keeping the word itself: rules written as whole
 * words match every inflection through the stem ("vermoorden" matches "vermoordt"), and rules written as
 * prefixes ("kanker*") match the unstemmed word, which is what a reader of the rule expects.
 */
public final class StemStackFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final SnowballStemmer stemmer;
    private State pending;
    private String pendingTerm;

    public StemStackFilter(TokenStream input, SnowballStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
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
        String word = term.toString();
        String stem = stem(word);
        if (!stem.equals(word)) {
            pending = captureState();
            pendingTerm = stem;
        }
        return true;
    }

    String stem(String word) {
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
