package nl.patroon.indexer.index;

import nl.patroon.indexer.detect.analysis.DutchStems;
import nl.patroon.indexer.detect.analysis.StemStackFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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
     * For indexing (and highlighting): written words with their marked stems stacked. The query side needs nothing
     * of its own: a stemmed search analyses with {@link DutchAnalyzer} (whose stems these are), a phrase with
     * {@link PassageSchema#exactAnalyzer()}; {@link CaseQueryParser} turns the stems into terms.
     */
    public static Analyzer indexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                Stemmer stemmer = new Stemmer();
                return new TokenStreamComponents(source, new StemStackFilter(new LowerCaseFilter(source), word -> {
                    if (STOP_WORDS.contains(word)) {
                        return null;
                    }
                    String stem = stemmer.stem(word);
                    return stem.equals(word) ? null : STEM_MARK + stem;
                }));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in); // wildcards and fuzzy terms: lower-cased, as written
            }
        };
    }

    /** Whether the written word {@code s} is indexed without a stacked stem, i.e. is found by stem {@code s}. */
    static boolean isOwnStem(String s) {
        return !STOP_WORDS.contains(s) && new Stemmer().stem(s).equals(s);
    }

    /** The stem of one lower-cased word, as DutchAnalyzer would give it (Snowball's through {@link DutchStems}). */
    static final class Stemmer {
        String stem(CharSequence word) {
            String override = OVERRIDES.get(word);
            return override != null ? override : DutchStems.stem(word.toString());
        }
    }
}
