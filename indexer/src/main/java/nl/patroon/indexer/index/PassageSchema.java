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
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;

/**
 * The Lucene schema for passages: field names and how each is analysed. {@code text} holds every word as written
 * with its Dutch stem stacked beside it ({@link PassageAnalysis}): a quoted phrase matches word for word ("ik maak
 * je af"), a bare word every inflection. Indexes written before 2026-12-02 have a stemmed {@code text} and an
 * unstemmed {@code exact} field instead; {@link PassageSearcher} still reads them.
 */
public final class PassageSchema {
    /**
     * Every stored value of a passage but its text, as one binary field ({@link StoredPassage}). Indexes of earlier
     * versions store the values named below ({@code id}, {@code sha256}, {@code line}, times, author, …) one field
     * each; those are still read.
     */
    public static final String STORED = "passage";
    /**
     * Not indexed (a unique term per passage): a passage is found by {@link #EVIDENCE} and position. Indexed, as well
     * as stored, in indexes written before 2026-12-02 ({@link Layout#idsIndexed}).
     */
    public static final String ID = "id";
    public static final String EVIDENCE = "evidence";
    /** Stored only in indexes of earlier versions: as 32 bytes, or before that as hex text. */
    public static final String SHA256 = "sha256";
    public static final String LINE = "line";
    /** Sort key (doc values): epoch millis of the start. */
    public static final String TIME_SORT = "time_sort";
    /** Earlier versions: epoch millis of the start and, only for an interval, of the end; the zone id beside them. */
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

    /**
     * What an existing index asks of the passages added to it. Lucene fixes a field's index options and norms for the
     * life of an index, so passages added to a case indexed by an earlier version are written the way that index was:
     * ids as terms where they were, a stemmed {@code text} with its unstemmed {@code exact} beside it (and norms)
     * where the index has those. A new index gets the current layout ({@link #CURRENT}).
     *
     * @param idsIndexed  passage ids as terms (written before 2026-12-02; since then they are only stored), so
     *                    lookups may use them and new passages must index theirs too
     * @param legacyExact stemmed {@code text} plus unstemmed {@code exact} (the first layout, see {@link CaseQueryParser})
     * @param text        how {@code text} is indexed
     * @param exact       how {@code exact} is indexed (legacy indexes only)
     */
    record Layout(boolean idsIndexed, boolean legacyExact, FieldType text, FieldType exact) {
        static final Layout CURRENT = new Layout(false, false, INDEXED_TEXT_TYPE, null);

        static Layout of(IndexReader reader) {
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            FieldInfo id = infos.fieldInfo(ID);
            boolean legacyExact = infos.fieldInfo(LEGACY_EXACT) != null;
            return new Layout(id != null && id.getIndexOptions() != IndexOptions.NONE, legacyExact,
                    like(infos.fieldInfo(TEXT), INDEXED_TEXT_TYPE),
                    legacyExact ? like(infos.fieldInfo(LEGACY_EXACT), TextField.TYPE_NOT_STORED) : null);
        }

        /** The analyzer that gives this layout's fields their terms. */
        Analyzer analyzer() {
            return legacyExact ? legacyAnalyzer() : PassageSchema.analyzer();
        }

        /** {@code fallback}, with the index options, norms and term vectors an existing field already has. */
        private static FieldType like(FieldInfo existing, FieldType fallback) {
            if (existing == null || existing.getIndexOptions() == IndexOptions.NONE) {
                return fallback;
            }
            FieldType t = new FieldType(fallback);
            t.setStored(false);
            t.setIndexOptions(existing.getIndexOptions());
            t.setOmitNorms(existing.omitsNorms());
            t.setStoreTermVectors(existing.hasVectors());
            t.freeze();
            return t;
        }
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
