package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.IndexedPassage;

/**
 * One text field answers what a stemmed and an unstemmed field answered: over the bundled sample texts, every
 * word searched bare finds exactly the passages a DutchAnalyzer-stemmed field finds, and every word searched as
 * written finds exactly the passages that contain it.
 */
class PassageAnalysisTest {
    private static List<String> texts;
    private static Set<String> words;

    @BeforeAll
    static void readSamples() throws IOException {
        texts = new ArrayList<>();
        Path tools = Path.of("..", "samples", "tools");
        for (String name : List.of("01-pv-aangifte.txt", "02-pv-bevindingen.txt", "03-veilig-thuis-rapport.txt")) {
            for (String line : Files.readAllLines(tools.resolve(name))) {
                if (!line.isBlank()) {
                    texts.add(line);
                }
            }
        }
        // words that are their own stem, words that are not, the four dictionary overrides, stop words, digits
        texts.addAll(List.of("De fiets van het kind, twee eieren en de kinderen", "Ik maak je af, ik maakte hem af",
                "bedreigd bedreigde bedreiging bedreigingen bedreigen bedreig", "Om 23.40 uur kom ik 😡 naar je huis",
                "ei kinder bromfietsen fietsen", "lopen loop liep gelopen lop",
                // "mensen" stems to "mens", and "mens" itself to "men": the written "mens" is not found by "mensen"
                "Er was geen mens te zien", "Veel mensen keken", "een wapen", "twee wapens"));
        words = new TreeSet<>();
        for (String t : texts) {
            words.addAll(tokens(PassageSchema.exactAnalyzer(), t));
        }
    }

    @Test
    void stems_are_those_of_the_dutch_analyzer() {
        DutchAnalyzer dutch = new DutchAnalyzer();
        int stemmed = 0;
        for (String w : words) {
            List<String> expected = tokens(dutch, w);
            if (!expected.isEmpty()) { // stop words have no stem
                assertThat(PassageAnalysis.stem(w)).as(w).isEqualTo(expected.get(0));
                stemmed++;
            } else {
                assertThat(PassageAnalysis.STOP_WORDS.contains(w)).as(w).isTrue();
            }
        }
        assertThat(stemmed).isGreaterThan(300);
    }

    @Test
    void a_bare_word_finds_what_a_stemmed_field_finds_and_a_quoted_word_what_is_written(@TempDir Path tmp)
            throws Exception {
        Path ours = tmp.resolve("ours");
        Path stemmedField = tmp.resolve("stemmed");
        try (IndexWriter a = new IndexWriter(FSDirectory.open(ours), new IndexWriterConfig(PassageSchema.analyzer()));
             IndexWriter b = new IndexWriter(FSDirectory.open(stemmedField), new IndexWriterConfig(new DutchAnalyzer()))) {
            for (int i = 0; i < texts.size(); i++) {
                a.addDocument(PassageIndexWriter.toDocument(new IndexedPassage(new Passage("E-0001",
                        Locator.paragraph(i + 1), null, null, null, "nl", false, texts.get(i)), "0".repeat(64),
                        List.of()), null));
                Document d = new Document();
                d.add(new TextField("text", texts.get(i), Field.Store.NO));
                b.addDocument(d);
            }
        }
        int compared = 0;
        try (DirectoryReader ra = DirectoryReader.open(FSDirectory.open(ours));
             DirectoryReader rb = DirectoryReader.open(FSDirectory.open(stemmedField))) {
            IndexSearcher sa = new IndexSearcher(ra);
            IndexSearcher sb = new IndexSearcher(rb);
            QueryParser stemmedParser = new QueryParser("text", new DutchAnalyzer());
            for (String w : words) {
                Query expected = stemmedParser.parse(QueryParser.escape(w));
                if (!expected.toString().isEmpty()) {
                    assertThat(docs(sa, new CaseQueryParser(false).parse(QueryParser.escape(w)))).as(w)
                            .isEqualTo(docs(sb, expected));
                    compared++;
                }
                Set<Integer> containing = new TreeSet<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (tokens(PassageSchema.exactAnalyzer(), texts.get(i)).contains(w)) {
                        containing.add(i);
                    }
                }
                assertThat(docs(sa, new CaseQueryParser(false).parse("\"" + QueryParser.escape(w) + "\"")))
                        .as("\"" + w + "\"").isEqualTo(containing);
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void a_marked_stem_is_never_a_written_word(@TempDir Path tmp) throws Exception {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(tmp), new IndexWriterConfig(PassageSchema.analyzer()))) {
            w.addDocument(PassageIndexWriter.toDocument(new IndexedPassage(new Passage("E-0001", Locator.paragraph(1),
                    null, null, null, "nl", false, "de bedreigingen"), "0".repeat(64), List.of()), null));
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(tmp))) {
            IndexSearcher s = new IndexSearcher(r);
            assertThat(s.count(new CaseQueryParser(false).parse("\"bedreig\""))).isZero();
            assertThat(s.count(new CaseQueryParser(false).parse("bedreig"))).isOne();
            assertThat(s.count(new TermQuery(new Term(PassageSchema.TEXT, "bedreigingen")))).isOne();
        }
    }

    private static Set<Integer> docs(IndexSearcher s, Query q) throws IOException {
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc d : s.search(q, 10_000).scoreDocs) {
            out.add(d.doc);
        }
        return out;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
