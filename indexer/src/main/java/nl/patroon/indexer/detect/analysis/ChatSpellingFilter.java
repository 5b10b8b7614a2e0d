package nl.patroon.indexer.detect.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces chat spellings by their standard form, driven by a {@link ChatSpelling} table. */
public final class ChatSpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    /** The spelling table keyed by characters, so a word is looked up in the term buffer without a copy. */
    private final CharArrayMap<String> spelling;

    /** With the table of {@link ChatSpelling#byChars()}, built once per analyzer. */
    public ChatSpellingFilter(TokenStream input, CharArrayMap<String> spelling) {
        super(input);
        this.spelling = spelling;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String standard = spelling.get(term.buffer(), 0, term.length());
        if (standard != null) {
            term.setEmpty().append(standard);
        }
        return true;
    }
}
