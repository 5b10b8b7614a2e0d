package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces chat spellings by their standard form, driven by a {@link ChatSpelling} table. */
public final class ChatSpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ChatSpelling spelling;

    public ChatSpellingFilter(TokenStream input, ChatSpelling spelling) {
        super(input);
        this.spelling = spelling;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String standard = spelling.normalise(word);
        if (!standard.equals(word)) {
            term.setEmpty().append(standard);
        }
        return true;
    }
}
