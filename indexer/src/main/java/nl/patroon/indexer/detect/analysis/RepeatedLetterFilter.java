package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Squeezes letters stretched for emphasis in chat ("dooooood", "jeeee"). A run of three or more is cut to
 * two ("dood"); because the intended word may have had a single letter ("je"), the single-letter reading
 * is stacked at the same position, so rules can match either.
 */
public final class RepeatedLetterFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private State pending;
    private String pendingTerm;

    public RepeatedLetterFilter(TokenStream input) {
        super(input);
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
        if (!stretched(term.buffer(), term.length())) {
            return true; // nearly every word: left as it is, without copying it
        }
        String original = term.toString();
        String two = squeeze(original, 2);
        if (!two.equals(original)) {
            term.setEmpty().append(two);
            String one = squeeze(original, 1);
            if (!one.equals(two)) {
                pending = captureState();
                pendingTerm = one;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }

    /** Whether a letter repeats three or more times in a row: what {@link #squeeze} changes. */
    static boolean stretched(char[] buf, int len) {
        for (int i = 2; i < len; i++) {
            char c = buf[i];
            if (c == buf[i - 1] && c == buf[i - 2] && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Cuts every run of three or more equal letters to {@code keep} letters; shorter runs stay. */
    static String squeeze(String s, int keep) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            int out = run >= 3 && Character.isLetter(c) ? keep : run;
            for (int k = 0; k < out; k++) {
                b.append(c);
            }
            i = j;
        }
        return b.toString();
    }
}
