package nl.patroon.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene schema for passages: field names and how each is analysed. {@code text} is Dutch-analysed
 * (stemmed, stop words removed) for recall; {@code exact} is only tokenised and lower-cased, for phrases that
 * must match word for word ("ik maak je af").
 */
public final class PassageSchema {
    public static final String ID = "id";
    public static final String EVIDENCE = "evidence";
    public static final String SHA256 = "sha256";
    public static final String LINE = "line";
    /** Sort key (doc values): epoch millis of the start. */
    public static final String TIME_SORT = "time_sort";
    /** Stored: epoch millis of the start and, only for an interval, of the end; the zone id beside them. */
    public static final String TIME_START = "time_start_ms";
    public static final String TIME_END = "time_end_ms";
    public static final String TIME_ZONE = "time_zone";
    public static final String PRECISION = "precision";
    public static final String AUTHOR = "author";
    public static final String PARTY = "party";
    /** "resolved" or "unresolved" for passages with an author: finds authors no alias matched yet. */
    public static final String ATTRIBUTION = "attribution";
    /** Who speaks in a report paragraph (aangeefster, verdachte, verbalisant, …). */
    public static final String SPEAKER = "speaker";
    public static final String LANGUAGE = "lang";
    public static final String SYSTEM = "system";
    public static final String CATEGORY = "category";
    public static final String TEXT = "text";
    public static final String EXACT = "exact";
    /** Sort keys (doc values) that keep passages of one item in document order: evidence number, then locator. */
    public static final String ORDER_EVIDENCE = "order_evidence";
    public static final String ORDER_POSITION = "order_position";

    /**
     * Text fields index positions (for phrases) but no offsets: the highlighter re-analyses the stored text of
     * the few hits it shows, which is far cheaper than writing offsets for every token of every message.
     */
    static final FieldType TEXT_TYPE = textType(true);
    static final FieldType EXACT_TYPE = textType(false);
    /** Indexed like the text fields, not stored: for token streams replayed by {@link RepeatedTextTokens}. */
    static final FieldType INDEXED_TEXT_TYPE = EXACT_TYPE;

    private PassageSchema() {
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }

    /** The per-field analyzer used both to index and to parse queries. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        perField.put(EXACT, exactAnalyzer());
        Analyzer keyword = new KeywordAnalyzer();
        for (String f : List.of(CATEGORY, EVIDENCE, ID, SHA256, AUTHOR, PARTY, ATTRIBUTION, SPEAKER, LANGUAGE, PRECISION, SYSTEM)) {
            perField.put(f, keyword);
        }
        return new PerFieldAnalyzerWrapper(new DutchAnalyzer(), perField);
    }

    static Analyzer exactAnalyzer() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
