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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene schema for passages: field names and how each is analysed. {@code text} holds every word as written
 * with its Dutch stem stacked beside it ({@link PassageAnalysis}): a quoted phrase matches word for word ("ik maak
 * je af"), a bare word every inflection. Indexes written before 2026-12-02 have a stemmed {@code text} and an
 * unstemmed {@code exact} field instead; {@link PassageSearcher} still reads them.
 */
public final class PassageSchema {
    /** Stored, not indexed (a unique term per passage): a passage is found by {@link #EVIDENCE} and position. */
    public static final String ID = "id";
    public static final String EVIDENCE = "evidence";
    /** Stored as 32 bytes (as hex text before 2026-12-02). */
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
    /**
     * {@value #UNRESOLVED} for passages whose author no alias matched yet (indexes written before 2026-12-02 also
     * hold "resolved" for the others; nothing asks for it).
     */
    public static final String ATTRIBUTION = "attribution";
    public static final String UNRESOLVED = "unresolved";
    /** Who speaks in a report paragraph (aangeefster, verdachte, verbalisant, …). */
    public static final String SPEAKER = "speaker";
    public static final String LANGUAGE = "lang";
    public static final String SYSTEM = "system";
    public static final String CATEGORY = "category";
    public static final String TEXT = "text";
    /** The unstemmed field of indexes written before 2026-12-02 (see {@link #legacyAnalyzer()}). */
    public static final String LEGACY_EXACT = "exact";
    /** Sort keys (doc values) that keep passages of one item in document order: evidence number, then locator. */
    public static final String ORDER_EVIDENCE = "order_evidence";
    public static final String ORDER_POSITION = "order_position";

    /**
     * The text field indexes positions (for phrases) but no offsets and no norms: the highlighter re-analyses the
     * stored text of the few hits it shows, and hits are sorted by time, never scored by length. The stored text is
     * a separate {@code StoredField}, so a replayed token stream ({@link RepeatedTextTokens}) indexes the same way.
     */
    static final FieldType INDEXED_TEXT_TYPE = indexedTextType();

    private PassageSchema() {
    }

    private static FieldType indexedTextType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    /** The per-field analyzer used to index and to highlight. */
    public static Analyzer analyzer() {
        return perField(PassageAnalysis.indexAnalyzer(), Map.of());
    }

    /** The analyzer of indexes written before 2026-12-02: stemmed {@code text}, unstemmed {@code exact}. */
    static Analyzer legacyAnalyzer() {
        return perField(new DutchAnalyzer(), Map.of(LEGACY_EXACT, exactAnalyzer()));
    }

    private static Analyzer perField(Analyzer text, Map<String, Analyzer> more) {
        Map<String, Analyzer> perField = new java.util.HashMap<>(more);
        Analyzer keyword = new KeywordAnalyzer();
        for (String f : List.of(CATEGORY, EVIDENCE, ID, SHA256, AUTHOR, PARTY, ATTRIBUTION, SPEAKER, LANGUAGE, PRECISION, SYSTEM)) {
            perField.put(f, keyword);
        }
        return new PerFieldAnalyzerWrapper(text, perField);
    }

    /** Whether the index was written before 2026-12-02 with a stemmed {@code text} and an unstemmed {@code exact}. */
    static boolean hasLegacyExact(IndexReader reader) {
        return FieldInfos.getMergedFieldInfos(reader).fieldInfo(LEGACY_EXACT) != null;
    }

    /**
     * Whether the index holds passage ids as terms (written before 2026-12-02). Lucene keeps a field's index options
     * for the life of an index, so new passages there index their ids too, and lookups may use them.
     */
    static boolean idsIndexed(IndexReader reader) {
        FieldInfo id = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ID);
        return id != null && id.getIndexOptions() != IndexOptions.NONE;
    }

    /**
     * The evidence hash as stored: its 32 bytes when it is the usual lower-case hex (half the stored bytes, and
     * nothing to encode for every passage), as written otherwise. {@link #sha256Of} reads both, and the hex text of
     * indexes written before 2026-12-02.
     */
    static StoredField sha256Field(String sha256) {
        if (sha256.length() == 64 && sha256.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            return new StoredField(SHA256, java.util.HexFormat.of().parseHex(sha256));
        }
        return new StoredField(SHA256, sha256);
    }

    /** The evidence hash of a passage document, as hex text; see {@link #sha256Field}. */
    static String sha256Of(Document d) {
        IndexableField f = d.getField(SHA256);
        if (f == null) {
            return null;
        }
        BytesRef bytes = f.binaryValue();
        return bytes == null ? f.stringValue()
                : java.util.HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
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
