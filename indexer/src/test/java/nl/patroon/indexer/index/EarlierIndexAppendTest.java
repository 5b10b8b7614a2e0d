package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.IndexedPassage;

/**
 * A case indexed by an earlier version (one stored field per value; at first with passage ids as terms and the hash
 * as hex text) keeps working when a later ingest adds to it, and its passages read as before. Lucene fixes a field's
 * index options for the life of an index, so the writer follows the index in that.
 */
class EarlierIndexAppendTest {

    private static IndexedPassage message(String evidenceId, int m, String author, String text) {
        return new IndexedPassage(new Passage(evidenceId, Locator.message(m, m), null, author, null, "nl", false, text,
                null), "ab".repeat(32), List.of());
    }

    /**
     * A passage as indexes of earlier versions held it: one stored field per value; the id indexed as a term and the
     * hash as hex text ({@code idsAsTerms}), or the id only stored and the hash as its 32 bytes.
     */
    private static Document asEarlier(IndexedPassage ip, boolean idsAsTerms) {
        Passage p = ip.passage();
        Document d = new Document();
        d.add(idsAsTerms ? new StringField(PassageSchema.ID, p.id(), Field.Store.YES) : new StoredField(PassageSchema.ID, p.id()));
        d.add(new StringField(PassageSchema.EVIDENCE, p.evidenceId(), Field.Store.NO));
        d.add(idsAsTerms ? new StoredField(PassageSchema.SHA256, ip.sha256())
                : new StoredField(PassageSchema.SHA256, java.util.HexFormat.of().parseHex(ip.sha256())));
        d.add(new StoredField(PassageSchema.LINE, p.locator().line()));
        d.add(new NumericDocValuesField(PassageSchema.ORDER_EVIDENCE, PassageIndexWriter.evidenceNumber(p.evidenceId())));
        d.add(new NumericDocValuesField(PassageSchema.ORDER_POSITION, PassageIndexWriter.position(p.locator())));
        d.add(new StringField(PassageSchema.AUTHOR, p.author(), Field.Store.YES));
        d.add(new StringField(PassageSchema.ATTRIBUTION, PassageSchema.UNRESOLVED, Field.Store.NO));
        d.add(new StringField(PassageSchema.LANGUAGE, p.language(), Field.Store.YES));
        d.add(new StoredField(PassageSchema.TEXT, p.text()));
        d.add(new Field(PassageSchema.TEXT, p.text(), PassageSchema.INDEXED_TEXT_TYPE));
        return d;
    }

    @ParameterizedTest(name = "ids as terms: {0}")
    @ValueSource(booleans = {true, false})
    void an_index_of_an_earlier_version_takes_new_passages_and_reattribution(boolean idsAsTerms, @TempDir Path dir)
            throws Exception {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(PassageSchema.analyzer()))) {
            w.addDocument(asEarlier(message("E-0001", 1, "Mark", "ik maak je af"), idsAsTerms));
            w.addDocument(asEarlier(message("E-0001", 2, "Sanne", "laat me met rust"), idsAsTerms));
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
            assertThat(s.passages(List.of("E-0001:m2"))).singleElement().satisfies(h -> {
                assertThat(h.passage().author()).isEqualTo("Sanne"); // still as the earlier version stored it
                assertThat(h.passage().language()).isEqualTo("nl");
                assertThat(h.passage().locator()).isEqualTo(Locator.message(2, 2));
                assertThat(h.passage().text()).isEqualTo("laat me met rust");
            });
            assertThat(s.search("maak", 10).hits()).hasSize(1);
            assertThat(s.search("woont", 10).hits()).hasSize(1);
            assertThat(s.unresolvedAuthors()).containsOnlyKeys("Sanne");
        }
    }
}
