package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case indexed before 2026-12-02 (passage ids as terms, the hash as hex text) keeps working when a later ingest
 * adds to it: Lucene fixes a field's index options for the life of an index, so the writer follows the index.
 */
class EarlierIndexAppendTest {

    private static IndexedPassage message(String evidenceId, int m, String author, String text) {
        return new IndexedPassage(new Passage(evidenceId, Locator.message(m, m), null, author, null, "nl", false, text,
                null), "ab".repeat(32), List.of());
    }

    /** A passage as the index of the previous version held it: id indexed as a term, hash as text. */
    private static Document asBefore(IndexedPassage ip) {
        Document now = PassageIndexWriter.toDocument(ip, null);
        Document before = new Document();
        for (IndexableField f : now) {
            if (f.name().equals(PassageSchema.ID)) {
                before.add(new StringField(PassageSchema.ID, f.stringValue(), Field.Store.YES));
            } else if (f.name().equals(PassageSchema.SHA256)) {
                before.add(new StoredField(PassageSchema.SHA256, ip.sha256()));
            } else {
                before.add(f);
            }
        }
        return before;
    }

    @Test
    void an_index_of_the_previous_version_takes_new_passages_and_reattribution(@TempDir Path dir) throws Exception {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(PassageSchema.analyzer()))) {
            w.addDocument(asBefore(message("E-0001", 1, "Mark", "ik maak je af")));
            w.addDocument(asBefore(message("E-0001", 2, "Sanne", "laat me met rust")));
            w.commit();
        }
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            w.replaceEvidence("E-0002", List.of(message("E-0002", 1, "Mark", "ik weet waar je woont")));
            w.commit();
            assertThat(w.reattribute("Mark", "P1")).isEqualTo(2);
            w.commit();
        }
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.passageCount()).isEqualTo(3);
            assertThat(s.passages(List.of("E-0001:m1", "E-0002:m1", "E-0001:m2")))
                    .extracting(h -> h.passage().id() + "/" + h.passage().partyId() + "/" + h.sha256())
                    .containsExactlyInAnyOrder("E-0001:m1/P1/" + "ab".repeat(32), "E-0002:m1/P1/" + "ab".repeat(32),
                            "E-0001:m2/null/" + "ab".repeat(32));
            assertThat(s.search("maak", 10).hits()).hasSize(1);
            assertThat(s.search("woont", 10).hits()).hasSize(1);
            assertThat(s.unresolvedAuthors()).containsOnlyKeys("Sanne");
        }
    }
}
