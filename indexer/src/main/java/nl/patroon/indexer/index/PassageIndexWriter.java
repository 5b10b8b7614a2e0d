package nl.patroon.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.taxonomy.Category;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes passages to the case index. Each evidence item's passages are replaced as a whole, so indexing an
 * item twice (a re-run after a crash) never duplicates passages. Nothing is visible to searchers, and
 * nothing survives a crash, until {@link #commit()}: Lucene's commit points keep the index consistent.
 */
public final class PassageIndexWriter implements AutoCloseable {
    private final IndexWriter writer;

    public PassageIndexWriter(Path dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(PassageSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(FSDirectory.open(dir), config);
    }

    /** Replaces all passages of one evidence item. */
    public void replaceEvidence(String evidenceId, List<IndexedPassage> passages) throws IOException {
        List<Document> docs = new ArrayList<>(passages.size());
        for (IndexedPassage p : passages) {
            docs.add(toDocument(p));
        }
        writer.deleteDocuments(new Term(PassageSchema.EVIDENCE, evidenceId));
        writer.addDocuments(docs);
    }

    /**
     * Attributes every passage written by {@code rawAuthor} to {@code partyId}, without reading the originals
     * again: each document is rebuilt from its stored fields. Returns how many passages changed.
     */
    public int reattribute(String rawAuthor, String partyId) throws IOException {
        int changed = 0;
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            org.apache.lucene.search.TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(
                    new Term(PassageSchema.AUTHOR, rawAuthor)), Math.max(1, reader.maxDoc()));
            org.apache.lucene.index.StoredFields stored = searcher.storedFields();
            for (org.apache.lucene.search.ScoreDoc sd : top.scoreDocs) {
                Document old = stored.document(sd.doc);
                Passage p = PassageSearcher.toPassage(old);
                if (partyId.equals(p.partyId())) {
                    continue;
                }
                Passage attributed = new Passage(p.evidenceId(), p.locator(), p.time(), p.author(), partyId,
                        p.language(), p.system(), p.text(), p.speaker());
                List<Category> categories = new ArrayList<>();
                for (String c : old.getValues(PassageSchema.CATEGORY)) {
                    categories.add(Category.valueOf(c));
                }
                writer.updateDocument(new Term(PassageSchema.ID, p.id()),
                        toDocument(new IndexedPassage(attributed, old.get(PassageSchema.SHA256), categories)));
                changed++;
            }
        }
        return changed;
    }

    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.rollback(); // uncommitted work is dropped; callers commit explicitly
    }

    static Document toDocument(IndexedPassage ip) {
        Passage p = ip.passage();
        Document d = new Document();
        d.add(new StringField(PassageSchema.ID, p.id(), Field.Store.YES));
        d.add(new StringField(PassageSchema.EVIDENCE, p.evidenceId(), Field.Store.YES));
        d.add(new StringField(PassageSchema.SHA256, ip.sha256(), Field.Store.YES));
        d.add(new StoredField(PassageSchema.LOCATOR, p.locator().code()));
        d.add(new StoredField(PassageSchema.LINE, p.locator().line()));
        d.add(new SortedDocValuesField(PassageSchema.ORDER, new BytesRef(orderKey(p))));
        if (p.time() != null) {
            long t = p.time().sortKey();
            d.add(new LongPoint(PassageSchema.TIME, t));
            d.add(new NumericDocValuesField(PassageSchema.TIME_SORT, t));
            d.add(new StoredField(PassageSchema.TIME_START, p.time().start().toString()));
            d.add(new StoredField(PassageSchema.TIME_END, p.time().end().toString()));
            d.add(new StringField(PassageSchema.PRECISION, p.time().precision().name(), Field.Store.YES));
        }
        if (p.author() != null) {
            d.add(new StringField(PassageSchema.AUTHOR, p.author(), Field.Store.YES));
            d.add(new StringField(PassageSchema.ATTRIBUTION, p.partyId() == null ? "unresolved" : "resolved",
                    Field.Store.NO));
        }
        if (p.partyId() != null) {
            d.add(new StringField(PassageSchema.PARTY, p.partyId(), Field.Store.YES));
        }
        if (p.speaker() != null) {
            d.add(new StringField(PassageSchema.SPEAKER, p.speaker(), Field.Store.YES));
        }
        if (p.language() != null) {
            d.add(new StringField(PassageSchema.LANGUAGE, p.language(), Field.Store.YES));
        }
        d.add(new StringField(PassageSchema.SYSTEM, p.system() ? "true" : "false", Field.Store.YES));
        for (Category c : ip.categories()) {
            d.add(new StringField(PassageSchema.CATEGORY, c.name(), Field.Store.YES));
        }
        d.add(new Field(PassageSchema.TEXT, p.text(), PassageSchema.TEXT_WITH_OFFSETS));
        d.add(new Field(PassageSchema.EXACT, p.text(), PassageSchema.EXACT_WITH_OFFSETS));
        return d;
    }

    /** E-0007 then page/paragraph/message, zero-padded so that byte order is document order. */
    static String orderKey(Passage p) {
        var l = p.locator();
        return String.format("%s|%08d|%08d|%08d", p.evidenceId(), l.page(), l.paragraph(), l.message());
    }
}
