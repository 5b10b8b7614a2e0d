package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.IndexedPassage;

/**
 * New segments of a case index are written with Patroon's codec (Lucene's, with plain LZ4 for stored fields), are
 * found again by name through Lucene's SPI when the index is opened, and read back every stored value; an index with
 * segments of Lucene's own codec takes new ones beside them.
 */
class PassageCodecTest {

    /** Enough messages, of varied length, to fill several of the stored fields' 80 KB, 1,024-document chunks. */
    private static List<IndexedPassage> messages(String evidenceId, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(m -> new IndexedPassage(new Passage(evidenceId,
                Locator.message(m, m), null, m % 3 == 0 ? "Sanne" : "Mark", null, "nl", false,
                "bericht " + m + " " + "waar ben je nu ".repeat(m % 40), null), "cd".repeat(32), List.of()))
                .toList();
    }

    private static List<String> ids(List<IndexedPassage> passages) {
        return passages.stream().map(p -> p.passage().id()).toList();
    }

    private static List<String> codecs(Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        for (SegmentCommitInfo s : SegmentInfos.readLatestCommit(FSDirectory.open(dir))) {
            names.add(s.info.getCodec().getName());
        }
        return names;
    }

    private static boolean clean(Path dir) throws Exception {
        try (CheckIndex check = new CheckIndex(FSDirectory.open(dir))) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            return check.checkIndex().clean;
        }
    }

    @Test
    void is_found_by_its_name_through_lucenes_spi() {
        assertThat(Codec.forName(PassageCodec.NAME)).isInstanceOf(PassageCodec.class);
    }

    @Test
    void new_segments_use_it_and_read_back_every_stored_value(@TempDir Path dir) throws Exception {
        List<IndexedPassage> first = messages("E-0001", 2_500);
        List<IndexedPassage> second = messages("E-0002", 700);
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            w.replaceEvidence("E-0001", first);
            w.commit();
            w.replaceEvidence("E-0002", second);
            w.commit();
        }
        assertThat(codecs(dir)).isNotEmpty().containsOnly(PassageCodec.NAME);
        assertThat(clean(dir)).isTrue();
        try (PassageSearcher s = new PassageSearcher(dir)) {
            List<IndexedPassage> all = new ArrayList<>(first);
            all.addAll(second);
            assertThat(s.passages(ids(all)))
                    .extracting(h -> h.passage().id() + "|" + h.passage().author() + "|" + h.passage().text() + "|"
                            + h.sha256())
                    .containsExactlyInAnyOrderElementsOf(all.stream().map(p -> p.passage().id() + "|"
                            + p.passage().author() + "|" + p.passage().text() + "|" + p.sha256()).toList());
        }
    }

    @Test
    void an_index_of_lucenes_own_codec_takes_new_segments_beside_its_own(@TempDir Path dir) throws Exception {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(PassageSchema.analyzer()))) {
            Document d = new Document();
            d.add(new StringField(PassageSchema.EVIDENCE, "E-0001", org.apache.lucene.document.Field.Store.NO));
            d.add(new StoredField(PassageSchema.ID, "E-0001:m1"));
            d.add(new StoredField(PassageSchema.TEXT, "ik maak je af"));
            d.add(new org.apache.lucene.document.Field(PassageSchema.TEXT, "ik maak je af",
                    PassageSchema.INDEXED_TEXT_TYPE));
            w.addDocument(d);
            w.commit();
        }
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            w.replaceEvidence("E-0002", messages("E-0002", 30));
            w.commit();
        }
        assertThat(codecs(dir)).containsExactlyInAnyOrder(Codec.getDefault().getName(), PassageCodec.NAME);
        assertThat(clean(dir)).isTrue();
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.passageCount()).isEqualTo(31);
            assertThat(s.passagesOf("E-0002")).hasSize(30);
        }
    }
}
