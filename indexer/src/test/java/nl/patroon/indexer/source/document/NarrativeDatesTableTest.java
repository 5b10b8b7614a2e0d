package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date table: sentences in the style of police reports and Veilig Thuis files (reports/narrative-dates.tsv),
 * each with the report's own date, the moment narrated before it, and the event time a careful reader gives it.
 */
class NarrativeDatesTableTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static Stream<Arguments> table() throws IOException {
        try (InputStream in = NarrativeDatesTableTest.class.getResourceAsStream("/reports/narrative-dates.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).as("rows in the date table").hasSizeGreaterThanOrEqualTo(150);
            return lines.stream().map(l -> {
                String[] c = (l + "\t\t\t\t\t").split("\t", -1);
                return Arguments.of(c[0], c[1], c[2], c[3], c[4], c[5]);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachSentenceGetsTheDateAReaderGivesIt(String sentence, String reportDate, String anchor, String start,
                                               String end, String precision) {
        LocalDate report = reportDate.isEmpty() ? null : LocalDate.parse(reportDate);
        List<NarrativeTimes.Piece> pieces = NarrativeTimes.perParagraph(List.of(sentence), report, anchor(anchor),
                AMSTERDAM).get(0);
        if (start.contains(";")) {
            // a sentence telling several dated events: a piece per event, each on its own day
            String[] starts = start.split(";", -1);
            String[] ends = (end + ";".repeat(starts.length)).split(";", -1);
            String[] precisions = precision.split(";", -1);
            assertThat(pieces).as("events").hasSize(starts.length);
            for (int i = 0; i < starts.length; i++) {
                EventTime t = pieces.get(i).time();
                assertThat(t).as("event %d dated", i + 1).isNotNull();
                assertThat(t.start().toLocalDateTime()).as("event %d start", i + 1)
                        .isEqualTo(LocalDateTime.parse(starts[i]));
                assertThat(t.end().toLocalDateTime()).as("event %d end", i + 1)
                        .isEqualTo(LocalDateTime.parse(ends[i].isEmpty() ? starts[i] : ends[i]));
                assertThat(t.precision()).as("event %d precision", i + 1).isEqualTo(TimePrecision.valueOf(precisions[i]));
            }
            assertThat(String.join(" ", pieces.stream().map(NarrativeTimes.Piece::text).toList()))
                    .as("the pieces together are the sentence").isEqualTo(sentence.strip());
            return;
        }
        assertThat(pieces).as("one event").hasSize(1);
        NarrativeTimes.Dating d = NarrativeTimes.sentence(sentence, report, anchor(anchor), AMSTERDAM);

        if (start.equals("-")) {
            assertThat(d.time()).as("undated").isNull();
            return;
        }
        assertThat(d.time()).as("dated").isNotNull();
        assertThat(d.time().start().toLocalDateTime()).as("start").isEqualTo(LocalDateTime.parse(start));
        assertThat(d.time().end().toLocalDateTime()).as("end").isEqualTo(LocalDateTime.parse(end.isEmpty() ? start : end));
        assertThat(d.time().precision()).as("precision").isEqualTo(TimePrecision.valueOf(precision));
    }

    private static EventTime anchor(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        String[] p = cell.split("\\|");
        return new EventTime(LocalDateTime.parse(p[0]).atZone(AMSTERDAM), LocalDateTime.parse(p[1]).atZone(AMSTERDAM),
                TimePrecision.valueOf(p[2]));
    }
}
