package nl.patroon.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.patroon.core.passage.Locator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import nl.patroon.core.search.SearchResult;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchHit;

/**
 * Read-only view of the case index: search with highlighted fragments, and passages by id. Sees the last commit
 * point as of its opening, so it never sees half an ingest and never holds the write lock. The index stays open for
 * the next searcher on the same case ({@link SharedSearchers}): only what changed since is read again.
 */
public final class PassageSearcher implements PassageSearch {

    /** Analyzers are thread-safe and keep their token streams per thread: one each for all searches. */
    private static final Analyzer ANALYZER = PassageSchema.analyzer();
    private static final Analyzer LEGACY_ANALYZER = PassageSchema.legacyAnalyzer();

    private final SharedSearchers.Lease lease;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    /** How the index was written: the first layout searches differently, and ids may be terms. */
    private final PassageSchema.Layout layout;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    public PassageSearcher(Path dir) throws IOException {
        this.lease = SharedSearchers.acquire(dir);
        this.searcher = lease.searcher();
        this.reader = searcher.getIndexReader();
        this.layout = PassageSchema.Layout.of(reader);
    }

    /** True when an ingest has committed at least once into {@code dir}. */
    public static boolean exists(Path dir) throws IOException {
        return Files.isDirectory(dir) && DirectoryReader.indexExists(FSDirectory.open(dir));
    }

    @Override
    public int passageCount() {
        return reader.numDocs();
    }

    /**
     * Searches with Lucene's query syntax (see {@link CaseQueryParser}); hits come in time order, undated
     * passages last, at most {@code limit}.
     */
    @Override
    public SearchResult search(PassageQuery query) throws IOException {
        return search(query.text(), query.limit());
    }

    public SearchResult search(String queryText, int limit) throws IOException {
        Query query;
        try {
            query = new CaseQueryParser(layout.legacyExact()).parse(queryText);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Zoekvraag niet begrepen: " + queryText + " (" + firstLine(e) + ")");
        }
        // Rewritten once against the index: the search and the highlighter share it, and the highlighter, which
        // runs the query again on each hit's text, gets a fuzzy term as the words it matched rather than building
        // its Levenshtein automata anew for every hit.
        Query rewritten = searcher.rewrite(query);
        TopDocs top = searcher.search(rewritten, Math.max(1, limit), withMissingLast(), false);
        Map<Integer, Document> docs = documents(top);
        UnifiedHighlighter highlighter = new StoredTextHighlighter(UnifiedHighlighter.builder(searcher,
                layout.legacyExact() ? LEGACY_ANALYZER : ANALYZER)
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0), docs);
        String[] fields = layout.legacyExact() ? new String[] {PassageSchema.TEXT, PassageSchema.LEGACY_EXACT}
                : new String[] {PassageSchema.TEXT};
        int[] fragmentsPerField = new int[fields.length];
        Arrays.fill(fragmentsPerField, 2);
        Map<String, String[]> fragments = highlighter.highlightFields(fields, rewritten, top, fragmentsPerField);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document doc = docs.get(top.scoreDocs[i].doc);
            String fragment = null;
            for (int f = 0; f < fields.length && fragment == null; f++) {
                fragment = fragments.get(fields[f])[i];
            }
            hits.add(hit(doc, fragment == null ? abbreviate(doc.get(PassageSchema.TEXT)) : fragment));
        }
        return new SearchResult(queryText, top.totalHits.value, hits);
    }

    /**
     * The stored fields of the hits shown, each read once and in index order (a passage's neighbours share its
     * compressed block): the highlighter takes the text from here, the hit everything else.
     */
    private Map<Integer, Document> documents(TopDocs top) throws IOException {
        int[] ids = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).distinct().sorted().toArray();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> docs = new java.util.HashMap<>();
        for (int id : ids) {
            docs.put(id, stored.document(id));
        }
        return docs;
    }

    /**
     * The passages with the given ids, in time order. An id names its evidence item and its position there, so the
     * query asks each item's term for the positions wanted (doc values); the stored id then confirms each hit.
     */
    @Override
    public List<SearchHit> passages(Collection<String> ids) throws IOException {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        List<String> sorted = wanted.stream().sorted().toList();
        // BooleanQuery has a clause limit (1,024 leaves): slices of at most 3 leaves per id, merged in index order.
        List<TopFieldDocs> slices = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += 256) {
            List<String> slice = sorted.subList(from, Math.min(sorted.size(), from + 256));
            Map<String, List<Long>> positions = new java.util.TreeMap<>();
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String id : slice) {
                PassageId at = PassageId.parse(id);
                if (at == null) {
                    continue;
                }
                positions.computeIfAbsent(at.evidenceId(), e -> new ArrayList<>())
                        .add(PassageIndexWriter.position(at.locator()));
                if (layout.idsIndexed()) {
                    b.add(new TermQuery(new Term(PassageSchema.ID, id)), BooleanClause.Occur.SHOULD);
                }
            }
            positions.forEach((evidence, at) -> b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(PassageSchema.EVIDENCE, evidence)), BooleanClause.Occur.FILTER)
                    .add(org.apache.lucene.document.NumericDocValuesField.newSlowSetQuery(PassageSchema.ORDER_POSITION,
                            at.stream().mapToLong(Long::longValue).toArray()), BooleanClause.Occur.FILTER)
                    .build(), BooleanClause.Occur.SHOULD));
            slices.add(searcher.search(b.build(), 2 * slice.size(), withMissingLast(), false));
        }
        List<SearchHit> out = new ArrayList<>();
        if (slices.isEmpty()) {
            return out;
        }
        TopDocs all = TopDocs.merge(withMissingLast(), Integer.MAX_VALUE, slices.toArray(TopFieldDocs[]::new));
        StoredFields stored = searcher.storedFields();
        java.util.Set<Integer> seen = new java.util.HashSet<>(); // a document that two slices both found
        for (ScoreDoc sd : all.scoreDocs) {
            if (seen.add(sd.doc)) {
                SearchHit hit = hit(stored.document(sd.doc), null);
                if (wanted.contains(hit.passage().id())) {
                    out.add(hit);
                }
            }
        }
        return out;
    }

    /** What a passage id names: "E-0007:p2.3" is paragraph 3 on page 2 of E-0007. Null for anything else. */
    record PassageId(String evidenceId, Locator locator) {
        static PassageId parse(String id) {
            int colon = id.lastIndexOf(':');
            if (colon <= 0) {
                return null;
            }
            try {
                return new PassageId(id.substring(0, colon), Locator.parse(id.substring(colon + 1)));
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }
    }

    private static SearchHit hit(Document doc, String fragment) {
        StoredPassage.Read read = StoredPassage.read(doc);
        return new SearchHit(read.passage(), read.sha256(), read.categories(), fragment);
    }

    /** Raw authors that no party alias matched, with how many passages each wrote; most frequent first. */
    @Override
    public java.util.Map<String, Integer> unresolvedAuthors() throws IOException {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        TopDocs top = searcher.search(new TermQuery(new Term(PassageSchema.ATTRIBUTION, PassageSchema.UNRESOLVED)),
                Math.max(1, reader.maxDoc()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            counts.merge(StoredPassage.author(stored.document(sd.doc, java.util.Set.of(PassageSchema.STORED,
                    PassageSchema.AUTHOR))), 1, Integer::sum);
        }
        java.util.Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Every passage of one evidence item, in document order. */
    @Override
    public List<SearchHit> passagesOf(String evidenceId) throws IOException {
        return collect(new TermQuery(new Term(PassageSchema.EVIDENCE, evidenceId)), Integer.MAX_VALUE);
    }

    /** Every passage, in time order; for small cases and exports. */
    public List<SearchHit> allPassages() throws IOException {
        return collect(new MatchAllDocsQuery(), Integer.MAX_VALUE);
    }

    private List<SearchHit> collect(Query q, int max) throws IOException {
        int n = Math.max(1, Math.min(max, Math.max(1, reader.numDocs())));
        TopDocs top = searcher.search(q, n, withMissingLast(), false);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(hit(stored.document(sd.doc), null));
        }
        return out;
    }

    private static Sort withMissingLast() {
        SortField time = new SortField(PassageSchema.TIME_SORT, SortField.Type.LONG);
        time.setMissingValue(Long.MAX_VALUE);
        return new Sort(time, new SortField(PassageSchema.ORDER_EVIDENCE, SortField.Type.LONG),
                new SortField(PassageSchema.ORDER_POSITION, SortField.Type.LONG));
    }

    /**
     * Highlights from the documents already read for the hits rather than reading them again. The {@code exact}
     * field of a legacy index is indexed but not stored (it holds the same text as {@code text}): it is highlighted
     * from the stored {@code text} too, so phrase hits are marked.
     */
    private static final class StoredTextHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> docs;

        StoredTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, Document> docs) {
            super(builder);
            this.docs = docs;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                 doc = docIter.nextDoc()) {
                String text = docs.get(doc).get(PassageSchema.TEXT);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    boolean textField = PassageSchema.TEXT.equals(fields[i]) || PassageSchema.LEGACY_EXACT.equals(fields[i]);
                    values[i] = textField && text != null ? text : "";
                }
                out.add(values);
            }
            return out;
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 240 ? s : s.substring(0, 240) + " …";
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            lease.release(); // once: a second release would close the reader under the next searcher
        }
    }
}
