package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.patroon.core.search.IndexedPassage;
import nl.patroon.core.search.SearchHit;

/**
 * Passages are found again by id (the export asks for the confirmed ones), and re-attributed by author, although
 * passage ids are only stored: an id names its evidence item and position, and the stored id confirms the hit.
 */
class PassageLookupTest {
    private static final String CHAT_SHA = "0123456789abcdef".repeat(4);
    private static final ZonedDateTime T0 = ZonedDateTime.parse("2024-03-01T20:00+01:00[Europe/Amsterdam]");

    /** A chat item of {@code n} messages by Mark and Sanne, one minute apart, numbered from 1. */
    private static List<IndexedPassage> chat(String evidenceId, int n) {
        List<IndexedPassage> out = new ArrayList<>();
        for (int m = 1; m <= n; m++) {
            Passage p = new Passage(evidenceId, Locator.message(m, m + 2),
                    EventTime.at(T0.plusMinutes(m), TimePrecision.MINUTE), m % 2 == 0 ? "Sanne" : "Mark", null, "nl",
                    false, "bericht " + m, null);
            out.add(new IndexedPassage(p, CHAT_SHA, m == 7 ? List.of(Category.THREAT_TO_KILL) : List.of()));
        }
        return out;
    }

    /** A report whose paragraph 7 on page 0 has the same position number as message 7 of a chat. */
    private static List<IndexedPassage> report(String evidenceId) {
        return List.of(
                new IndexedPassage(new Passage(evidenceId, Locator.paragraph(7), null, null, null, "nl", false,
                        "De aangeefster verklaarde dat zij bang was.", "aangeefster"), "niet-hex", List.of()),
                new IndexedPassage(new Passage(evidenceId, Locator.onPage(2, 1), EventTime.at(T0, TimePrecision.DAY),
                        null, null, "nl", false, "Op 1 maart 2024 kwam verdachte langs.", null), "niet-hex", List.of()));
    }

    @SafeVarargs
    private static void index(Path dir, List<IndexedPassage>... items) throws Exception {
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            for (List<IndexedPassage> item : items) {
                w.replaceEvidence(item.get(0).passage().evidenceId(), item);
            }
            w.commit();
        }
    }

    @Test
    void the_pieces_of_a_paragraph_cut_per_event_are_each_found_by_their_own_id(@TempDir Path dir) throws Exception {
        List<IndexedPassage> pieces = new ArrayList<>();
        for (int sentence : new int[] {1, 4, 6}) {
            pieces.add(new IndexedPassage(new Passage("E-0002", Locator.onPage(2, 9).fromSentence(sentence),
                    EventTime.at(T0.plusDays(sentence), TimePrecision.DAY), null, null, "nl", false, "zin " + sentence,
                    null), CHAT_SHA, List.of()));
        }
        pieces.add(new IndexedPassage(new Passage("E-0002", Locator.onPage(2, 10), null, null, null, "nl", false,
                "hele alinea", null), CHAT_SHA, List.of()));
        index(dir, pieces);
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.passages(List.of("E-0002:p2.9s4")))
                    .extracting(h -> h.passage().text()).containsExactly("zin 4");
            assertThat(s.passages(List.of("E-0002:p2.9s6", "E-0002:p2.10", "E-0002:p2.9s1")))
                    .extracting(h -> h.passage().id())
                    .containsExactlyInAnyOrder("E-0002:p2.9s6", "E-0002:p2.10", "E-0002:p2.9s1");
            assertThat(s.passages(List.of("E-0002:p2.9"))).isEmpty();
        }
    }

    @Test
    void passages_are_found_by_id_in_time_order_with_hash_and_categories(@TempDir Path dir) throws Exception {
        index(dir, chat("E-0001", 40), report("E-0002"));
        try (PassageSearcher s = new PassageSearcher(dir)) {
            List<SearchHit> hits = s.passages(List.of("E-0001:m9", "E-0002:a7", "E-0001:m7", "E-0001:m7", "E-0003:m1",
                    "E-0002:p2.1", "geen-id", "E-0001:x9"));
            assertThat(hits).extracting(h -> h.passage().id())
                    .containsExactly("E-0002:p2.1", "E-0001:m7", "E-0001:m9", "E-0002:a7"); // undated last
            assertThat(hits.get(1).sha256()).isEqualTo(CHAT_SHA);
            assertThat(hits.get(1).categories()).containsExactly("THREAT_TO_KILL");
            assertThat(hits.get(1).passage().locator()).isEqualTo(Locator.message(7, 9));
            assertThat(hits.get(3).sha256()).isEqualTo("niet-hex");
            assertThat(hits.get(3).passage().speaker()).isEqualTo("aangeefster");
        }
    }

    @Test
    void more_ids_than_one_query_slice_come_back_complete_and_in_order(@TempDir Path dir) throws Exception {
        index(dir, chat("E-0001", 700), chat("E-0002", 300));
        List<String> ids = new ArrayList<>();
        for (int m = 700; m >= 1; m -= 2) {
            ids.add("E-0001:m" + m);
        }
        for (int m = 1; m <= 300; m += 3) {
            ids.add("E-0002:m" + m);
        }
        try (PassageSearcher s = new PassageSearcher(dir)) {
            List<SearchHit> hits = s.passages(ids);
            assertThat(hits).hasSize(ids.size());
            assertThat(hits).extracting(h -> h.passage().id()).containsExactlyInAnyOrderElementsOf(ids);
            for (int i = 1; i < hits.size(); i++) {
                Passage a = hits.get(i - 1).passage();
                Passage b = hits.get(i).passage();
                assertThat(a.time().sortKey() < b.time().sortKey() || a.time().sortKey() == b.time().sortKey()
                        && (a.evidenceId().compareTo(b.evidenceId()) < 0 || a.evidenceId().equals(b.evidenceId())
                        && a.locator().message() < b.locator().message())).as("%s before %s", a.id(), b.id()).isTrue();
            }
        }
    }

    @Test
    void reattribution_changes_only_the_authors_passages_and_keeps_everything_else(@TempDir Path dir) throws Exception {
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            w.replaceEvidence("E-0001", chat("E-0001", 10));
            w.replaceEvidence("E-0002", report("E-0002"));
            w.commit();
            assertThat(w.reattribute("Mark", "P1")).isEqualTo(5);
            w.commit();
            assertThat(w.reattribute("Mark", "P1")).isZero();
            w.commit();
        }
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.passageCount()).isEqualTo(12);
            assertThat(s.unresolvedAuthors()).containsExactly(java.util.Map.entry("Sanne", 5));
            SearchHit seven = s.passages(List.of("E-0001:m7")).get(0);
            assertThat(seven.passage().partyId()).isEqualTo("P1");
            assertThat(seven.passage().time()).isEqualTo(chat("E-0001", 10).get(6).passage().time());
            assertThat(seven.sha256()).isEqualTo(CHAT_SHA);
            assertThat(seven.categories()).containsExactly("THREAT_TO_KILL");
            assertThat(s.search("bericht", 20).hits()).hasSize(10);
            assertThat(s.passages(List.of("E-0001:m8")).get(0).passage().partyId()).isNull();
        }
    }
}
