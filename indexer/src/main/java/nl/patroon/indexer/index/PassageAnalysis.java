package nl.patroon.indexer.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

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

    /** For indexing (and highlighting): written words with their marked stems stacked. */
    public static Analyzer indexAnalyzer() {
        return standardThen(StackStems::new);
    }

    /** For a stemmed search: the stems of the words searched for, stop words left out, unmarked. */
    public static Analyzer stemQueryAnalyzer() {
        return standardThen(words -> new StemOnly(new StopFilter(words, STOP_WORDS)));
    }

    /** For a phrase or an exact word: the words as written, lower-cased. */
    public static Analyzer exactQueryAnalyzer() {
        return standardThen(words -> words);
    }

    /** Lucene's standard tokenizer and lower-casing, then {@code filters}; wildcards are only lower-cased. */
    private static Analyzer standardThen(java.util.function.UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Whether the written word {@code s} is indexed without a stacked stem, i.e. is found by stem {@code s}. */
    static boolean isOwnStem(String s) {
        return !STOP_WORDS.contains(s) && new Stemmer().stem(s).equals(s);
    }

    /** The stem of one lower-cased word, as DutchAnalyzer would give it. One per thread (Snowball is not safe). */
    static final class Stemmer {
        private final DutchStemmer snowball = new DutchStemmer();

        String stem(CharSequence word) {
            String override = OVERRIDES.get(word);
            if (override != null) {
                return override;
            }
            snowball.setCurrent(word.toString());
            snowball.stem();
            return snowball.getCurrent();
        }
    }

    /** Emits each word, then its marked stem at the same position when the stem differs (stop words: none). */
    static final class StackStems extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final Stemmer stemmer = new Stemmer();
        private State pending;
        private String pendingStem;

        StackStems(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(pending);
                term.setEmpty().append(STEM_MARK).append(pendingStem);
                posInc.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (!STOP_WORDS.contains(term.buffer(), 0, term.length())) {
                String stem = stemmer.stem(term);
                if (!stem.contentEquals(term)) {
                    pending = captureState();
                    pendingStem = stem;
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }

    /** Replaces each word by its stem. */
    static final class StemOnly extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Stemmer stemmer = new Stemmer();

        StemOnly(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String stem = stemmer.stem(term);
            term.setEmpty().append(stem);
            return true;
        }
    }
}
