package nl.patroon.indexer.detect.analysis;

import nl.patroon.indexer.support.BoundedMemo;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Snowball's Dutch stem of a word, remembered: every Dutch message is stemmed twice (rules and index) and a phone's
 * vocabulary is small, so nearly every word has been stemmed before. Stemming is a pure function of the word, so
 * the memo never changes a result ({@code DutchStemsTest}). Thread-safe; {@code -Dpatroon.stem.cache=0} stems
 * every word afresh.
 */
public final class DutchStems {
    static final int CAPACITY = Integer.getInteger("patroon.stem.cache", 50_000);
    private static final BoundedMemo<String, String> MEMO = new BoundedMemo<>(CAPACITY);
    /** Snowball stemmers keep state while they stem: one per thread, used only on a miss. */
    private static final ThreadLocal<DutchStemmer> STEMMER = ThreadLocal.withInitial(DutchStemmer::new);

    private DutchStems() {
    }

    /** The Snowball Dutch stem of {@code word} (lower-cased by the caller). */
    public static String stem(String word) {
        return MEMO.get(word, DutchStems::snowball);
    }

    static String snowball(String word) {
        DutchStemmer s = STEMMER.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
