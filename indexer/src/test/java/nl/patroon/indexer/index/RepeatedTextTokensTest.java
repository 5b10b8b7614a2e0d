package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.IndexedPassage;

/** Replaying the tokens of a repeated text must give exactly the index that analysing it again gives. */
class RepeatedTextTokensTest {
    /** Repeats, stop words at the start and the end, stemming, digits, emoji, a long text that is never cached. */
    private static final List<String> TEXTS = List.of("Ik maak je af", "waar ben je?", "Ik maak je af", "ok",
            "De bedreigingen gaan door, ik bedreig je", "waar ben je?", "ok", "Om 23.40 uur 😡😡 kom ik",
            "ok", "x".repeat(RepeatedTextTokens.MAX_TEXT + 5) + " dood", "Ik maak je af");

    @Test
    void an_index_with_replayed_tokens_equals_one_analysed_from_scratch(@TempDir Path tmp) throws Exception {
        List<IndexedPassage> passages = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            passages.add(new IndexedPassage(new Passage("E-0001", Locator.message(i + 1, i + 1), null, "Mark", null,
                    "nl", false, TEXTS.get(i)), "0".repeat(64), List.of()));
        }
        Path analysed = write(tmp.resolve("analysed"), passages, null, false);
        Path replayed = write(tmp.resolve("replayed"), passages, new RepeatedTextTokens(PassageSchema.analyzer()), false);
        // An item's passages go in as one batch, each document replaying into the stream the one before it used.
        Path batch = write(tmp.resolve("batch"), passages, new RepeatedTextTokens(PassageSchema.analyzer()), true);

        assertThat(postings(replayed, PassageSchema.TEXT)).isNotEmpty()
                .isEqualTo(postings(analysed, PassageSchema.TEXT))
                .isEqualTo(postings(batch, PassageSchema.TEXT));
    }

    @Test
    void a_text_analysed_once_is_replayed_token_for_token() {
        RepeatedTextTokens.Tokens first = RepeatedTextTokens.analyse(PassageSchema.analyzer(), PassageSchema.TEXT,
                "De bedreigingen gaan door, ik bedreig je");
        // every word as written; a marked stem stacked where it differs (not on stop words)
        assertThat(first.terms()).extracting(BytesRef::utf8ToString).containsExactly("de", "bedreigingen",
                "\u0001bedreig", "gaan", "\u0001gan", "door", "ik", "bedreig", "je");
        assertThat(first.positionIncrements()).containsExactly(1, 1, 0, 1, 0, 1, 1, 1, 1);
    }

    private static Path write(Path dir, List<IndexedPassage> passages, RepeatedTextTokens tokens, boolean oneBatch)
            throws IOException {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(PassageSchema.analyzer()))) {
            List<org.apache.lucene.document.Document> docs = new ArrayList<>();
            for (IndexedPassage p : passages) {
                docs.add(PassageIndexWriter.toDocument(p, tokens));
            }
            if (oneBatch) {
                w.addDocuments(docs);
            } else {
                for (org.apache.lucene.document.Document d : docs) {
                    w.addDocument(d);
                }
            }
            w.forceMerge(1);
            w.commit();
        }
        return dir;
    }

    /** Every term with, per document, its frequency and positions. */
    private static List<String> postings(Path dir, String field) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            LeafReader leaf = r.leaves().get(0).reader();
            Terms terms = leaf.terms(field);
            TermsEnum te = terms.iterator();
            for (BytesRef t; (t = te.next()) != null; ) {
                PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
                StringBuilder b = new StringBuilder(t.utf8ToString());
                while (pe.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    b.append(" d").append(pe.docID()).append('x').append(pe.freq()).append('@');
                    for (int i = 0; i < pe.freq(); i++) {
                        b.append(pe.nextPosition()).append(',');
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
