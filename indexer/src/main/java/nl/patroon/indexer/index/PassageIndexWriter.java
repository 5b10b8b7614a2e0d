package nl.patroon.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.taxonomy.Category;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import nl.patroon.core.port.PassageIndex;
import nl.patroon.core.search.IndexedPassage;

/**
 * Writes passages to the case index. Each evidence item's passages are replaced as a whole, so indexing an
 * item twice (a re-run after a crash) never duplicates passages. Nothing is visible to searchers, and
 * nothing survives a crash, until {@link #commit()}: Lucene's commit points keep the index consistent.
 */
public final class PassageIndexWriter implements PassageIndex {
    private final IndexWriter writer;
    /** How the index already on disk wants new passages written (the current layout for a new index). */
    private final PassageSchema.Layout layout;
    /**
     * Shared by the indexing threads; null when switched off (see {@link RepeatedTextTokens#ENABLED}) or for an index of
     * the earlier two-field layout, whose fields its own analyzer gives their terms.
     */
    private final RepeatedTextTokens repeated;

    public PassageIndexWriter(Path dir) throws IOException {
        OwnerOnlyDirectory directory = new OwnerOnlyDirectory(FSDirectory.open(dir));
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                this.layout = PassageSchema.Layout.of(r);
            }
        } else {
            this.layout = PassageSchema.Layout.CURRENT;
        }
        IndexWriterConfig config = new IndexWriterConfig(layout.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCodec(new PassageCodec())
                .setCommitOnClose(true); // only reached with nothing uncommitted: see close()
        this.writer = new IndexWriter(directory, config);
        directory.restrictLock();
        this.repeated = RepeatedTextTokens.ENABLED && !layout.legacyExact()
                ? new RepeatedTextTokens(PassageSchema.analyzer()) : null;
    }

    /** Replaces all passages of one evidence item. */
    @Override
    public void replaceEvidence(String evidenceId, List<IndexedPassage> passages) throws IOException {
        List<Document> docs = new ArrayList<>(passages.size());
        StoredPassage.Hash hash = null; // the same for every passage of the item: parsed once
        ItemTerms terms = new ItemTerms();
        for (IndexedPassage p : passages) {
            if (hash == null || !p.sha256().equals(hash.hex())) {
                hash = StoredPassage.Hash.of(p.sha256());
            }
            docs.add(toDocument(p, hash, repeated, layout, terms));
        }
        writer.deleteDocuments(new Term(PassageSchema.EVIDENCE, evidenceId));
        if (!docs.isEmpty()) {
            // Not for an empty list: Lucene would hand it an indexing buffer that receives no document, and one made
            // while another thread commits is dropped without its memory leaving the writer's accounting; Lucene's
            // assertion then fails the close (EmptyReplaceTest).
            writer.addDocuments(docs);
        }
    }

    /**
     * Attributes every passage written by {@code rawAuthor} to {@code partyId}, without reading the originals
     * again: each document is rebuilt from its stored fields. Returns how many passages changed.
     */
    @Override
    public int reattribute(String rawAuthor, String partyId) throws IOException {
        List<Document> rebuilt = new ArrayList<>();
        // Passage ids are stored, not indexed (a unique term per message costs the ingest more than it gives), so
        // the passages to change are selected by what makes them change: this author, not yet this party.
        org.apache.lucene.search.Query toChange = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermQuery(new Term(PassageSchema.AUTHOR, rawAuthor)),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new org.apache.lucene.search.TermQuery(new Term(PassageSchema.PARTY, partyId)),
                        org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
                .build();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            org.apache.lucene.search.TopDocs top = searcher.search(toChange, Math.max(1, reader.maxDoc()));
            org.apache.lucene.index.StoredFields stored = searcher.storedFields();
            for (org.apache.lucene.search.ScoreDoc sd : top.scoreDocs) {
                StoredPassage.Read old = StoredPassage.read(stored.document(sd.doc));
                Passage p = old.passage();
                Passage attributed = new Passage(p.evidenceId(), p.locator(), p.time(), p.author(), partyId,
                        p.language(), p.system(), p.text(), p.speaker());
                List<Category> categories = old.categories().stream().map(Category::valueOf).toList();
                rebuilt.add(toDocument(new IndexedPassage(attributed, old.sha256(), categories),
                        StoredPassage.Hash.of(old.sha256()), null, layout, new ItemTerms()));
            }
        }
        if (!rebuilt.isEmpty()) {
            writer.updateDocuments(toChange, rebuilt); // atomic: visible together at the next commit
        }
        return rebuilt.size();
    }

    /**
     * Writes the indexing buffers out as segments, {@code threads} at a time, on {@code executor}. A commit writes every
     * buffer on the committing thread alone; at the end of an ingest, with nothing else left to do, that was one core
     * busy for a second or two while the other idled. Call only when no thread is adding passages. Nothing becomes
     * durable before {@link #commit()}.
     */
    public void flushBuffers(java.util.concurrent.ExecutorService executor, int threads) throws IOException {
        java.util.concurrent.Callable<Void> flushing = () -> {
            while (writer.flushNextBuffer()) {
                // each call takes the largest buffer not yet taken
            }
            return null;
        };
        try {
            for (java.util.concurrent.Future<Void> f : executor.invokeAll(java.util.Collections.nCopies(threads, flushing))) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("ingest onderbroken tijdens het wegschrijven van de index");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Memory held by the writer's buffers (documents and deletes not yet flushed): for tests. */
    long bufferedBytes() {
        return writer.ramBytesUsed();
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Uncommitted work is dropped (callers commit explicitly). When everything is committed the writer is simply
     * closed: a rollback then would only abort empty per-thread buffers, and Lucene's own RAM-accounting
     * assertion was seen to trip on that path once all indexing threads had finished (PublicCorporaTest, -ea).
     */
    @Override
    public void close() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.rollback();
        } else {
            writer.close();
        }
    }

    /**
     * One passage as a Lucene document. Lean on purpose (a phone holds millions of messages): every stored value but
     * the text is one binary field ({@link StoredPassage}), times are doc values for sorting, and only fields a query
     * needs are indexed; the passage id is not (a unique term per message), a passage is found by id through its
     * evidence term and position ({@link PassageSearcher#passages}).
     */
    static Document toDocument(IndexedPassage ip, RepeatedTextTokens tokens) {
        return toDocument(ip, StoredPassage.Hash.of(ip.sha256()), tokens, PassageSchema.Layout.CURRENT,
                new ItemTerms());
    }

    /**
     * The single-term values of one item's passages as Lucene bytes, each encoded once per item: an export's
     * thousands of messages share one evidence id and a handful of authors, languages and categories.
     */
    static final class ItemTerms {
        private final java.util.Map<String, BytesRef> bytes = new java.util.HashMap<>();

        BytesRef of(String value) {
            return bytes.computeIfAbsent(value, BytesRef::new);
        }
    }

    /**
     * As {@link #toDocument(IndexedPassage, RepeatedTextTokens)}, with the item's hash parsed once, in the layout the
     * index already has ({@link PassageSchema.Layout}).
     */
    static Document toDocument(IndexedPassage ip, StoredPassage.Hash hash, RepeatedTextTokens tokens,
                               PassageSchema.Layout layout, ItemTerms terms) {
        Passage p = ip.passage();
        Document d = new Document();
        if (layout.idsIndexed()) {
            d.add(new StringField(PassageSchema.ID, p.id(), Field.Store.NO));
        }
        d.add(new StringField(PassageSchema.EVIDENCE, terms.of(p.evidenceId()), Field.Store.NO));
        d.add(StoredPassage.field(p, hash, ip.categories()));
        d.add(new NumericDocValuesField(PassageSchema.ORDER_EVIDENCE, evidenceNumber(p.evidenceId())));
        d.add(new NumericDocValuesField(PassageSchema.ORDER_POSITION, position(p.locator())));
        if (p.time() != null) {
            d.add(new NumericDocValuesField(PassageSchema.TIME_SORT, p.time().sortKey()));
        }
        if (p.author() != null) {
            d.add(new StringField(PassageSchema.AUTHOR, terms.of(p.author()), Field.Store.NO));
            if (p.partyId() == null) {
                d.add(new StringField(PassageSchema.ATTRIBUTION, terms.of(PassageSchema.UNRESOLVED), Field.Store.NO));
            }
        }
        if (p.partyId() != null) {
            d.add(new StringField(PassageSchema.PARTY, terms.of(p.partyId()), Field.Store.NO));
        }
        if (p.speaker() != null) {
            d.add(new StringField(PassageSchema.SPEAKER, terms.of(p.speaker()), Field.Store.NO));
        }
        if (p.language() != null) {
            d.add(new StringField(PassageSchema.LANGUAGE, terms.of(p.language()), Field.Store.NO));
        }
        List<Category> categories = ip.categories();
        for (int i = 0; i < categories.size(); i++) { // indexed: most passages have none, and an iterator each
            d.add(new StringField(PassageSchema.CATEGORY, terms.of(categories.get(i).name()), Field.Store.NO));
        }
        d.add(new StoredField(PassageSchema.TEXT, p.text()));
        d.add(tokens != null ? tokens.field(PassageSchema.TEXT, p.text(), layout.text())
                : new Field(PassageSchema.TEXT, p.text(), layout.text()));
        if (layout.legacyExact()) {
            d.add(new Field(PassageSchema.LEGACY_EXACT, p.text(), layout.exact()));
        }
        return d;
    }

    /** E-0007 → 7: evidence ids are numbered in walk order, so the number sorts them. */
    public static long evidenceNumber(String evidenceId) {
        long n = 0;
        for (int i = evidenceId.indexOf('-') + 1; i < evidenceId.length(); i++) {
            char c = evidenceId.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MAX_VALUE; // not ours: after every numbered item, still grouped by time
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Document order within one item: message index, or page and paragraph packed into one number; a piece of a
     * paragraph (a report paragraph cut per dated event) adds its first sentence above the paragraph's 24 bits, so
     * every passage keeps its own position (whole paragraphs keep the numbers of earlier indexes).
     */
    public static long position(Locator l) {
        return l.message() > 0 ? l.message()
                : ((long) l.page() << 32) | ((long) l.sentence() << 24) | l.paragraph();
    }
}
