package nl.patroon.indexer.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * A period in a query ({@code datum:2022-03}): the epoch millis it starts at and the first millisecond after it, in
 * Dutch time. Passages are kept by the start of when they happened (the index's time sort key, doc values), so a
 * period filter reads doc values only for the passages the rest of the query already found.
 */
record Period(long from, long until) {
    /** The query fields of a period; {@code datum} is what a Dutch user types. */
    static final Set<String> FIELDS = Set.of("datum", "date");
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A year (2022), a month (2022-03, 03-2022) or a day (2022-03-15, 15-03-2022). */
    static Period parse(String text) throws ParseException {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(t), 1, 1);
                return of(d, d.plusYears(1));
            }
            if (t.matches("\\d{4}-\\d{1,2}") || t.matches("\\d{1,2}-\\d{4}")) {
                String[] p = t.split("-");
                YearMonth m = p[0].length() == 4 ? YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]))
                        : YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                return of(m.atDay(1), m.plusMonths(1).atDay(1));
            }
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}") || t.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
                String[] p = t.split("-");
                LocalDate d = p[0].length() == 4
                        ? LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]))
                        : LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                return of(d, d.plusDays(1));
            }
        } catch (java.time.DateTimeException | NumberFormatException notADate) {
            // falls through to the explanation
        }
        throw new ParseException("'" + text + "' is geen datum; gebruik een jaar, maand of dag, bijvoorbeeld"
                + " datum:2022, datum:2022-03 of datum:2022-03-15");
    }

    private static Period of(LocalDate first, LocalDate next) {
        return new Period(first.atStartOfDay(ZONE).toInstant().toEpochMilli(),
                next.atStartOfDay(ZONE).toInstant().toEpochMilli());
    }

    /** Passages that happened from {@code from} (null: ever) until before {@code until} (null: now and later). */
    static Query query(Long from, Long until) {
        long lo = from == null ? Long.MIN_VALUE : from;
        long hi = until == null ? Long.MAX_VALUE : until - 1; // undated passages have no value: never in range
        return NumericDocValuesField.newSlowRangeQuery(PassageSchema.TIME_SORT, lo, hi);
    }
}
