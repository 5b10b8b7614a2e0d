package nl.patroon.indexer.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.IndexedPassage;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the passage search port answers, on one small fictional case: the embedded
 * Lucene index of a case and the shared SolrCloud collection must give the same hits in the same order.
 */
abstract class PassageSearchContract {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String UNKNOWN_NUMBER = "+31 6 99999999";

    /** The implementation under test, holding exactly these passages. */
    abstract PassageSearch open(List<IndexedPassage> passages) throws Exception;

    private PassageSearch search;

    @BeforeEach
    void openOverTheCase() throws Exception {
        search = open(casePassages());
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    static List<IndexedPassage> casePassages() {
        List<IndexedPassage> p = new ArrayList<>();
        p.add(chat(1, "2024-06-08T20:48", "P-01", "Als je weggaat maak ik je af", Category.THREAT_TO_KILL));
        p.add(chat(2, "2024-06-08T20:49", "P-01", "Ik heb je bedreigd omdat je niet luistert"));
        p.add(chat(3, "2024-06-08T20:49", "P-02", "Die bedreigingen moeten stoppen, de kinderen slapen"));
        p.add(chat(4, "2024-06-09T09:00", null, "Wie ben jij? Ik bedreigde niemand"));
        p.add(chat(5, "2024-06-09T09:05", null, "Sorry verkeerd nummer, wie heeft mijn koekjes op"));
        p.add(new IndexedPassage(new Passage("E-0001", Locator.message(6, 6), null, "P-02", "P-02", "nl", false,
                "Het kind is bij oma"), sha("E-0001"), List.of()));
        p.add(report(1, 1, "Op zaterdag 8 juni 2024 omstreeks 23.40 uur kneep verdachte mijn keel dicht",
                Category.STRANGULATION));
        p.add(report(1, 2, "Ik ben bang dat hij mij iets aandoet, aldus aangeefster", Category.VICTIM_FEAR));
        p.add(report(2, 1, "De kinderen waren in de woning aanwezig"));
        return p;
    }

    private static IndexedPassage chat(int n, String when, String party, String text, Category... categories) {
        String author = party == null ? UNKNOWN_NUMBER : party.equals("P-01") ? "Mark" : "Sanne";
        Passage passage = new Passage("E-0001", Locator.message(n, n), at(when, TimePrecision.MINUTE), author, party,
                "nl", false, text);
        return new IndexedPassage(passage, sha("E-0001"), List.of(categories));
    }

    private static IndexedPassage report(int page, int paragraph, String text, Category... categories) {
        Passage passage = new Passage("E-0002", Locator.onPage(page, paragraph), at("2024-06-09T00:00",
                TimePrecision.DAY), "verbalisant", null, "nl", false, text, "aangeefster");
        return new IndexedPassage(passage, sha("E-0002"), List.of(categories));
    }

    private static EventTime at(String local, TimePrecision precision) {
        return EventTime.at(ZonedDateTime.of(LocalDateTime.parse(local), AMSTERDAM), precision);
    }

    private static String sha(String evidence) {
        return (evidence.equals("E-0001") ? "a" : "b").repeat(64);
    }

    private List<String> ids(String query) throws Exception {
        return search.search(new PassageQuery(query, 50)).hits().stream().map(h -> h.passage().id()).toList();
    }

    @Test
    void counts_every_passage() {
        assertThat(search.passageCount()).isEqualTo(9);
    }

    @Test
    void a_bare_word_finds_every_word_with_its_dutch_stem() throws Exception {
        assertThat(ids("bedreiging")).containsExactly("E-0001:m3");
        assertThat(ids("kinderen")).containsExactly("E-0001:m3", "E-0002:p2.1", "E-0001:m6"); // kind, kinderen
    }

    @Test
    void a_phrase_matches_the_words_as_written_in_that_order() throws Exception {
        assertThat(ids("\"maak ik je af\"")).containsExactly("E-0001:m1");
        assertThat(ids("\"ik maak je af\"")).isEmpty();
    }

    @Test
    void a_wildcard_matches_words_as_written_and_words_are_all_required() throws Exception {
        assertThat(ids("bedreig*")).containsExactly("E-0001:m2", "E-0001:m3", "E-0001:m4");
        assertThat(ids("keel verdachte")).containsExactly("E-0002:p1.1");
        assertThat(ids("keel koekjes")).isEmpty();
    }

    @Test
    void hits_come_in_time_order_then_by_item_and_position_with_undated_passages_last() throws Exception {
        // "je" is a stop word: as a bare word it finds nothing, as in Lucene's DutchAnalyzer
        assertThat(ids("je OR kind OR aangeefster")).containsExactly("E-0001:m3", "E-0002:p1.2", "E-0002:p2.1",
                "E-0001:m6");
        assertThat(search.search(new PassageQuery("kind OR aangeefster", 2)).totalHits()).isEqualTo(4);
    }

    @Test
    void a_category_can_be_searched_and_a_hit_carries_its_source_and_marked_words() throws Exception {
        List<SearchHit> hits = search.search(new PassageQuery("category:STRANGULATION", 10)).hits();
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.passage().id()).isEqualTo("E-0002:p1.1");
            assertThat(h.passage().speaker()).isEqualTo("aangeefster");
            assertThat(h.passage().time().precision()).isEqualTo(TimePrecision.DAY);
            assertThat(h.sha256()).isEqualTo("b".repeat(64));
            assertThat(h.categories()).containsExactly("STRANGULATION");
        });
        assertThat(search.search(new PassageQuery("keel", 10)).hits().get(0).fragment()).contains("«keel»");
    }

    @Test
    void passages_by_id_come_in_passage_order_and_unknown_ids_are_left_out() throws Exception {
        assertThat(search.passages(List.of("E-0002:p1.1", "E-0001:m6", "E-0001:m1", "E-0009:m1")))
                .extracting(h -> h.passage().id()).containsExactly("E-0001:m1", "E-0002:p1.1", "E-0001:m6");
        assertThat(search.passagesOf("E-0002")).extracting(h -> h.passage().id())
                .containsExactly("E-0002:p1.1", "E-0002:p1.2", "E-0002:p2.1");
        SearchHit first = search.passages(List.of("E-0001:m1")).get(0);
        assertThat(first.passage()).isEqualTo(casePassages().get(0).passage());
    }

    @Test
    void authors_no_party_was_found_for_are_listed_with_their_number_of_passages() throws Exception {
        assertThat(search.unresolvedAuthors()).isEqualTo(Map.of(UNKNOWN_NUMBER, 2, "verbalisant", 3));
    }
}
