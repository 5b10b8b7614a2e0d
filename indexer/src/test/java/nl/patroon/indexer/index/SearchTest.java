package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.fixtures.SampleCase;
import nl.patroon.indexer.ingest.IngestListener;
import nl.patroon.indexer.ingest.IngestRunner;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.SearchResult;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    PassageSearcher searcher;

    @BeforeAll
    void ingestSample(@TempDir Path tmp) throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                    .run(List.of(SampleCase.write(tmp.resolve("in"))));
            searcher = new PassageSearcher(ws.indexDir());
        }
    }

    @AfterAll
    void close() throws Exception {
        searcher.close();
    }

    @Test
    void a_word_stem_finds_every_form_of_the_word_with_its_source_and_a_highlighted_fragment() throws Exception {
        SearchResult r = searcher.search("bedreig*", 20);
        // bedreigd (PDF), bedreigingen (DOCX), bedreigde (zip member), bedreigd (HTML)
        assertThat(r.hits()).extracting(h -> h.passage().evidenceId()).contains("E-0001", "E-0002");
        assertThat(r.totalHits()).isGreaterThanOrEqualTo(4);
        assertThat(r.hits()).allSatisfy(h -> {
            assertThat(h.passage().locator().code()).isNotBlank();
            assertThat(h.sha256()).hasSize(64);
            assertThat(h.fragment()).containsPattern("«bedreig\\p{L}*»");
        });
    }

    @Test
    void a_plain_word_also_finds_its_plural_through_dutch_stemming() throws Exception {
        assertThat(searcher.search("bedreiging", 20).hits()).singleElement()
                .satisfies(h -> assertThat(h.fragment()).contains("«bedreigingen»"));
    }

    @Test
    void a_phrase_matches_exactly_those_words_in_that_order() throws Exception {
        SearchResult exact = searcher.search("\"ik maak je af\"", 20);
        assertThat(exact.hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.fragment()).containsIgnoringCase("«ik maak je af»"));
        assertThat(searcher.search("\"je maak ik af\"", 20).totalHits()).isZero();
    }

    @Test
    void a_misspelt_word_finds_and_marks_the_words_within_its_edits() throws Exception {
        SearchResult r = searcher.search("bedreigt~1", 20); // one letter off "bedreigd"
        assertThat(r.hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.fragment()).containsPattern("«bedreig\\p{L}»"));
    }

    @Test
    void categories_suggested_at_ingest_are_searchable() throws Exception {
        assertThat(searcher.search("category:THREAT_TO_KILL", 20).hits())
                .allSatisfy(h -> assertThat(h.categories()).contains("THREAT_TO_KILL"))
                .isNotEmpty();
    }

    @Test
    void a_malformed_query_is_a_clear_error() {
        assertThatThrownBy(() -> searcher.search("bedreig AND (", 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Zoekvraag niet begrepen");
    }
}
