package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops apostrophes inside words, so "m'n", "i'll" and "don't" meet their chat spellings "mn", "ill" and
 * "dont" (typed without the apostrophe on phones). Runs after ASCII folding, which maps the curly ’ to '.
 */
public final class ApostropheFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ApostropheFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        int w = 0;
        for (int r = 0; r < len; r++) {
            if (buf[r] != '\'' && buf[r] != '\u2019' && buf[r] != '`') {
                buf[w++] = buf[r];
            }
        }
        if (w > 0) {
            term.setLength(w);
        }
        return true;
    }
}
