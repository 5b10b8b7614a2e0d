package nl.patroon.indexer.index;

import java.io.IOException;
import nl.patroon.indexer.detect.analysis.DutchStems;
import nl.patroon.indexer.detect.analysis.StemStackFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How passage text is analysed: one field that answers both exact and stemmed searches.
 *
 * <p>Every word is indexed as written (lower-cased), which is what phrases, wildcards and exact words match.
 * Where a word's Dutch stem differs from the word, the stem is stacked at the same position, marked with
 * {@link #STEM_MARK} so it can never be mistaken for a written word ("bedreigingen" gives {@code bedreigingen}
 * and {@code \u0001bedreig}). A stemmed search for stem {@code s} asks for the marked {@code s}, and for the
 * written word {@code s} only when {@code s} is its own stem and no stop word: since a stem depends on the word
 * alone, that finds exactly the passages with a word whose stem is {@code s}, as a separate stemmed field would,
 * with one field, one analysis pass and one term per word for the many words that are their own stem.
 *
 * <p>Stems are those of Lucene's {@link DutchAnalyzer}: its stop words are not stemmed, its four dictionary
 * overrides apply, otherwise Snowball's Dutch stemmer ({@code PassageAnalysisTest} checks the agreement).
 */
public final class PassageAnalysis {
    /** Prefix of a stacked stem: a control character, which no tokenizer puts in a word. */
    public static final char STEM_MARK = '\u0001';

    static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    /** DutchAnalyzer's own stem dictionary (Lucene keeps it private): words Snowball stems badly. */
    private static final CharArrayMap<String> OVERRIDES = new CharArrayMap<>(4, false);

    static {
        OVERRIDES.put("fiets", "fiets");
        OVERRIDES.put("bromfiets", "bromfiets");
        OVERRIDES.put("ei", "eier");
        OVERRIDES.put("kind", "kinder");
    }

    private PassageAnalysis() {
    }

    /**
     * For indexing (and highlighting): written words with their marked stems stacked. The query side: a bare word
     * is analysed with {@link #stemQueryAnalyzer()}, a phrase with {@link PassageSchema#exactAnalyzer()}.
     */
    public static Analyzer indexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new StemStackFilter(new LowerCaseFilter(source), word -> {
                    if (STOP_WORDS.contains(word)) {
                        return null;
                    }
                    String stem = stem(word);
                    return stem.equals(word) ? null : STEM_MARK + stem;
                }));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in); // wildcards and fuzzy terms: lower-cased, as written
            }
        };
    }

    /**
     * For bare words in a query: {@link DutchAnalyzer}'s stems, each as the marked stem, with the written word
     * stacked on it where that word is its own stem. Lucene's query builder turns such a stack into a
     * {@code SynonymQuery}, so a bare word finds every word of the same stem.
     */
    static Analyzer stemQueryAnalyzer() {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            private final Analyzer dutch = new DutchAnalyzer();

            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return dutch;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new MarkedStems(components.getTokenStream()));
            }
        };
    }

    /** A stem {@code s} becomes the marked stem, followed at the same position by {@code s} where {@link #isOwnStem}. */
    private static final class MarkedStems extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private State written;

        MarkedStems(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (written != null) {
                restoreState(written);
                posInc.setPositionIncrement(0);
                written = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String stem = term.toString();
            if (isOwnStem(stem)) {
                written = captureState();
            }
            term.setEmpty().append(STEM_MARK).append(stem);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            written = null;
        }
    }

    /** Whether the written word {@code s} is indexed without a stacked stem, i.e. is found by stem {@code s}. */
    static boolean isOwnStem(String s) {
        return !STOP_WORDS.contains(s) && stem(s).equals(s);
    }

    /** The stem of one lower-cased word, as DutchAnalyzer would give it (Snowball's through {@link DutchStems}). */
    static String stem(String word) {
        String override = OVERRIDES.get(word);
        return override != null ? override : DutchStems.stem(word);
    }
}
