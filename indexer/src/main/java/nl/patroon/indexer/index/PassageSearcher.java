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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
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
 * Read-only view of the case index: search with highlighted fragments, and passages by id. Opens the last
 * commit point, so it never sees half an ingest and never holds the write lock.
 */
public final class PassageSearcher implements PassageSearch {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** How the index was written: the first layout searches differently, and ids may be terms. */
    private final PassageSchema.Layout layout;

    public PassageSearcher(Path dir) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(dir));
        this.searcher = new IndexSearcher(reader);
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
        TopDocs top = searcher.search(query, Math.max(1, limit), withMissingLast(), false);
        UnifiedHighlighter highlighter = new ExactAwareHighlighter(UnifiedHighlighter.builder(searcher, layout.analyzer())
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0));
        String[] fields = layout.legacyExact() ? new String[] {PassageSchema.TEXT, PassageSchema.LEGACY_EXACT}
                : new String[] {PassageSchema.TEXT};
        int[] fragmentsPerField = new int[fields.length];
        Arrays.fill(fragmentsPerField, 2);
        Map<String, String[]> fragments = highlighter.highlightFields(fields, query, top, fragmentsPerField);
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document doc = stored.document(top.scoreDocs[i].doc);
            String fragment = null;
            for (int f = 0; f < fields.length && fragment == null; f++) {
                fragment = fragments.get(fields[f])[i];
            }
            hits.add(hit(doc, fragment == null ? abbreviate(doc.get(PassageSchema.TEXT)) : fragment));
        }
        return new SearchResult(queryText, top.totalHits.value, hits);
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
     * The {@code exact} field of a legacy index is indexed but not stored (it holds the same text as {@code text}):
     * highlight it from the stored {@code text}, so phrase hits are marked too.
     */
    private static final class ExactAwareHighlighter extends UnifiedHighlighter {
        ExactAwareHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            String[] stored = Arrays.stream(fields)
                    .map(f -> PassageSchema.LEGACY_EXACT.equals(f) ? PassageSchema.TEXT : f).distinct().toArray(String[]::new);
            List<CharSequence[]> values = super.loadFieldValues(stored, docIter, cacheCharsThreshold);
            List<String> storedList = Arrays.asList(stored);
            List<CharSequence[]> out = new ArrayList<>(values.size());
            for (CharSequence[] v : values) {
                CharSequence[] r = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String f = PassageSchema.LEGACY_EXACT.equals(fields[i]) ? PassageSchema.TEXT : fields[i];
                    r[i] = v[storedList.indexOf(f)];
                }
                out.add(r);
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
        reader.close();
    }
}
