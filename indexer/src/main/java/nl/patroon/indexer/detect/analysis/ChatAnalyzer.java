package nl.patroon.indexer.detect.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain that rules and messages both go through, so a rule written in plain Dutch matches
 * chat as typed: words and emoji (UAX#29 keeps emoji as tokens), lowercase, diacritics folded, apostrophes
 * dropped, stretched letters squeezed, chat spelling normalised, and the stem stacked on each word. Offsets stay those of the
 * original text, so matches map back to characters in the passage.
 */
public final class ChatAnalyzer extends Analyzer {
    private final CharArrayMap<String> spelling;
    private final String language;

    public ChatAnalyzer(String language, ChatSpelling spelling) {
        this.language = language;
        this.spelling = spelling.byChars();
    }

    public String language() {
        return language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ASCIIFoldingFilter(ts);
        ts = new ApostropheFilter(ts);
        ts = new RepeatedLetterFilter(ts);
        ts = new ChatSpellingFilter(ts, spelling);
        ts = "en".equals(language) ? new StemStackFilter(ts, new org.tartarus.snowball.ext.EnglishStemmer())
                : new StemStackFilter(ts, StemStackFilter.stacking(DutchStems::stem));
        ts = new NumberMarkFilter(ts);
        return new TokenStreamComponents(source, ts);
    }
}
