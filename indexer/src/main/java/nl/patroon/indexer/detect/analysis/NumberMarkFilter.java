package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Stacks the marker {@value #NUMBER} on every number ("12", "14:03", "2am" stays a word), so a rule can
 * say "any amount" ("je krijgt &lt;getal&gt; euro per week") without listing figures.
 */
public final class NumberMarkFilter extends TokenFilter {
    public static final String NUMBER = "<getal>";
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private State pending;

    public NumberMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            term.setEmpty().append(NUMBER);
            posInc.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() > 0 && Character.isDigit(term.charAt(0))) {
            pending = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
