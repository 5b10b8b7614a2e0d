package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.search.IndexedPassage;
import nl.patroon.core.search.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code datum:} keeps the passages of a year, month, day or range of them, by Dutch time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodQueryTest {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    PassageSearcher searcher;

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            w.replaceEvidence("E-0001", List.of(
                    message(1, ZonedDateTime.of(2022, 3, 31, 23, 30, 0, 0, NL), "laat op de avond thuis"),
                    message(2, ZonedDateTime.of(2022, 4, 1, 0, 30, 0, 0, NL), "net na middernacht thuis"),
                    message(3, ZonedDateTime.of(2023, 1, 5, 12, 0, 0, 0, NL), "in het nieuwe jaar"),
                    message(4, null, "zonder datum thuis")));
            w.commit();
        }
        searcher = new PassageSearcher(dir);
    }

    @AfterAll
    void close() throws Exception {
        searcher.close();
    }

    @Test
    void a_month_is_a_month_in_dutch_time_not_in_utc() throws Exception {
        // 2022-03-31 23:30 in Amsterdam is 21:30 UTC; 2022-04-01 00:30 is 22:30 UTC on 31 March.
        assertThat(texts("datum:2022-03")).containsExactly("laat op de avond thuis");
        assertThat(texts("datum:04-2022")).containsExactly("net na middernacht thuis");
    }

    @Test
    void a_year_a_day_and_a_range_with_both_ends_included() throws Exception {
        assertThat(texts("datum:2022")).containsExactly("laat op de avond thuis", "net na middernacht thuis");
        assertThat(texts("date:2022-04-01")).containsExactly("net na middernacht thuis");
        assertThat(texts("datum:05-01-2023")).containsExactly("in het nieuwe jaar");
        assertThat(texts("datum:[2022-04-01 TO 2023-01]")).containsExactly("net na middernacht thuis",
                "in het nieuwe jaar");
        assertThat(texts("datum:[2022-04 TO *]")).containsExactly("net na middernacht thuis", "in het nieuwe jaar");
        assertThat(texts("datum:{2022-03 TO 2023}")).containsExactly("net na middernacht thuis");
    }

    @Test
    void a_period_narrows_words_and_never_holds_undated_passages() throws Exception {
        assertThat(texts("datum:2022 thuis")).containsExactly("laat op de avond thuis", "net na middernacht thuis");
        assertThat(texts("thuis")).hasSize(3);
        assertThat(texts("datum:[* TO *]")).hasSize(3);
    }

    @Test
    void what_is_no_date_is_explained_with_an_example() {
        assertThatThrownBy(() -> searcher.search("datum:2022-13", 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2022-13' is geen datum").hasMessageContaining("datum:2022-03");
        assertThatThrownBy(() -> searcher.search("datum:gisteren", 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geen datum");
    }

    private List<String> texts(String query) throws Exception {
        return searcher.search(query, 20).hits().stream().map(SearchHit::passage).map(Passage::text).toList();
    }

    private static IndexedPassage message(int m, ZonedDateTime at, String text) {
        return new IndexedPassage(new Passage("E-0001", Locator.message(m, m),
                at == null ? null : EventTime.at(at, TimePrecision.MINUTE), "Mark", null, "nl", false, text, null),
                "ab".repeat(32), List.of());
    }
}
