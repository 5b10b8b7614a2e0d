package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.IndexedPassage;

/** A case indexed by an earlier version (stemmed text, unstemmed exact, times as text) stays searchable. */
class LegacyIndexTest {

    /** Three messages as the first version indexed them: stemmed text with norms, unstemmed exact, times as text. */
    private static void writeFirstLayout(Path dir) throws Exception {
        FieldType exact = new FieldType(TextField.TYPE_NOT_STORED);
        exact.freeze();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir),
                new IndexWriterConfig(PassageSchema.legacyAnalyzer()))) {
            String[] texts = {"Ik maak je af als je weggaat", "Hij uitte opnieuw bedreigingen", "Je maak ik af"};
            for (int i = 0; i < texts.length; i++) {
                Document d = new Document();
                d.add(new StringField(PassageSchema.ID, "E-0001:m" + (i + 1), Field.Store.YES));
                d.add(new StringField(PassageSchema.EVIDENCE, "E-0001", Field.Store.YES));
                d.add(new StringField(PassageSchema.SHA256, "ab".repeat(32), Field.Store.YES));
                d.add(new StoredField("time_start", "2024-03-0" + (i + 1) + "T23:40+01:00[Europe/Amsterdam]"));
                d.add(new StoredField("time_end", "2024-03-0" + (i + 1) + "T23:40+01:00[Europe/Amsterdam]"));
                d.add(new StringField(PassageSchema.PRECISION, "MINUTE", Field.Store.YES));
                d.add(new TextField(PassageSchema.TEXT, texts[i], Field.Store.YES));
                d.add(new Field(PassageSchema.LEGACY_EXACT, texts[i], exact));
                w.addDocument(d);
            }
            w.commit();
        }
    }

    @Test
    void an_index_of_the_first_layout_takes_new_passages_and_reattribution(@TempDir Path dir) throws Exception {
        writeFirstLayout(dir);
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            // Lucene would refuse the current layout here ("cannot change field text ... omitNorms").
            w.replaceEvidence("E-0002", java.util.List.of(new IndexedPassage(new nl.patroon.core.passage.Passage(
                    "E-0002", nl.patroon.core.passage.Locator.message(1, 4), null, "Mark", null, "nl", false,
                    "Ik maak je af, ik zweer het"), "cd".repeat(32), java.util.List.of())));
            w.commit();
            assertThat(w.reattribute("Mark", "P1")).isEqualTo(1);
            w.commit();
        }
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.passageCount()).isEqualTo(4);
            // The new passage is found as the old ones are: by stem, and word for word through exact.
            assertThat(s.search("zweer", 10).hits()).extracting(h -> h.passage().id()).containsExactly("E-0002:m1");
            assertThat(s.search("\"ik maak je af\"", 10).hits()).extracting(h -> h.passage().id())
                    .containsExactlyInAnyOrder("E-0001:m1", "E-0002:m1");
            assertThat(s.passages(java.util.List.of("E-0002:m1", "E-0001:m2")))
                    .extracting(h -> h.passage().id() + "/" + h.passage().partyId() + "/" + h.sha256())
                    .containsExactlyInAnyOrder("E-0002:m1/P1/" + "cd".repeat(32), "E-0001:m2/null/" + "ab".repeat(32));
        }
    }

    @Test
    void words_phrases_and_times_of_an_old_index_are_read_as_before(@TempDir Path dir) throws Exception {
        writeFirstLayout(dir);
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.search("bedreiging", 10).hits()).singleElement().satisfies(h -> {
                assertThat(h.fragment()).contains("«bedreigingen»");
                assertThat(h.passage().time().start())
                        .isEqualTo(ZonedDateTime.parse("2024-03-02T23:40+01:00[Europe/Amsterdam]"));
            });
            assertThat(s.search("\"ik maak je af\"", 10).hits()).singleElement()
                    .satisfies(h -> assertThat(h.passage().id()).isEqualTo("E-0001:m1"));
            // Ids were indexed terms then, and there were no position doc values: found by id all the same.
            assertThat(s.passages(java.util.List.of("E-0001:m3", "E-0001:m2"))).extracting(h -> h.passage().id())
                    .containsExactly("E-0001:m2", "E-0001:m3");
            assertThat(s.passages(java.util.List.of("E-0001:m2")).get(0).sha256()).isEqualTo("ab".repeat(32));
        }
    }
}
