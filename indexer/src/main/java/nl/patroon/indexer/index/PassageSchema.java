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
    public static final String LOCATOR = "locator";
    public static final String LINE = "line";
    public static final String TIME = "time";
    public static final String TIME_SORT = "time_sort";
    public static final String TIME_START = "time_start";
    public static final String TIME_END = "time_end";
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
    /** Sort key that keeps passages of one item in document order (evidence id, then locator). */
    public static final String ORDER = "order";

    /** Text fields index offsets so the highlighter need not re-analyse stored text. */
    static final FieldType TEXT_WITH_OFFSETS = textType(true);
    static final FieldType EXACT_WITH_OFFSETS = textType(false);

    private PassageSchema() {
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
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
