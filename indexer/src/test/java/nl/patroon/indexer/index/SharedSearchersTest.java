package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.search.IndexedPassage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case's index stays open between searches (a shell session searches one case again and again), yet each new
 * searcher sees what was committed before it opened, exactly as when every searcher opened the index itself.
 */
class SharedSearchersTest {

    @Test
    void a_searcher_sees_what_was_committed_before_it_opened_and_keeps_its_view_after(@TempDir Path dir)
            throws Exception {
        write(dir, "E-0001", "bericht een");
        try (PassageSearcher before = new PassageSearcher(dir)) {
            assertThat(before.search("bericht", 20).totalHits()).isEqualTo(1);
            write(dir, "E-0002", "bericht twee");
            try (PassageSearcher after = new PassageSearcher(dir)) {
                assertThat(after.search("bericht", 20).totalHits()).isEqualTo(2);
                assertThat(after.passagesOf("E-0002")).hasSize(1);
            }
            assertThat(before.search("bericht", 20).totalHits()).isEqualTo(1); // a searcher's view does not move
        }
    }

    @Test
    void an_index_deleted_and_built_anew_in_the_same_folder_is_read_afresh(@TempDir Path dir) throws Exception {
        write(dir, "E-0001", "eerste zaak");
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.search("eerste", 20).totalHits()).isEqualTo(1);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        write(dir, "E-0001", "tweede zaak");
        try (PassageSearcher s = new PassageSearcher(dir)) {
            assertThat(s.search("eerste", 20).totalHits()).isZero();
            assertThat(s.search("tweede", 20).hits()).singleElement()
                    .satisfies(h -> assertThat(h.fragment()).isEqualTo("«tweede» zaak"));
        }
    }

    @Test
    void closing_a_searcher_twice_does_not_close_the_index_under_the_next(@TempDir Path dir) throws Exception {
        write(dir, "E-0001", "bericht een");
        PassageSearcher first = new PassageSearcher(dir);
        first.close();
        first.close();
        try (PassageSearcher next = new PassageSearcher(dir)) {
            assertThat(next.search("bericht", 20).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void only_a_few_indexes_stay_open_and_a_searcher_outlives_its_index_being_let_go(@TempDir Path tmp)
            throws Exception {
        List<Path> cases = new ArrayList<>();
        for (int i = 0; i <= SharedSearchers.MAX_OPEN; i++) {
            cases.add(tmp.resolve("zaak" + i));
            write(cases.get(i), "E-0001", "bericht in zaak " + i);
        }
        try (PassageSearcher held = new PassageSearcher(cases.get(0))) {
            for (Path c : cases.subList(1, cases.size())) {
                new PassageSearcher(c).close();
            }
            assertThat(SharedSearchers.openCount()).isLessThanOrEqualTo(SharedSearchers.MAX_OPEN);
            assertThat(held.search("bericht", 20).totalHits()).isEqualTo(1); // its index was let go, not closed
        }
        try (PassageSearcher again = new PassageSearcher(cases.get(0))) {
            assertThat(again.search("zaak", 20).totalHits()).isEqualTo(1);
        }
    }

    private static void write(Path dir, String evidenceId, String text) throws Exception {
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            w.replaceEvidence(evidenceId, List.of(new IndexedPassage(new Passage(evidenceId, Locator.message(1, 1),
                    null, "Mark", null, "nl", false, text, null), "ab".repeat(32), List.of())));
            w.commit();
        }
    }
}
