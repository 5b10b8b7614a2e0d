package nl.patroon.core.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.taxonomy.Category;

/**
 * Counts dated incidents into consecutive weeks or months. One pass over the incidents; the periods are an
 * array index from the first period, so an empty week is a zero, never a missing row.
 */
final class PeriodCounter {
    private PeriodCounter() {
    }

    static PeriodTable weeks(List<Incident> dated) {
        return count("week", dated, PeriodCounter::monday, d -> d.plusWeeks(1),
                (a, b) -> (int) ChronoUnit.WEEKS.between(a, b), PeriodCounter::weekLabel);
    }

    static PeriodTable months(List<Incident> dated) {
        return count("maand", dated, d -> d.withDayOfMonth(1), d -> d.plusMonths(1),
                (a, b) -> (int) ChronoUnit.MONTHS.between(YearMonth.from(a), YearMonth.from(b)),
                d -> YearMonth.from(d).toString());
    }

    interface Steps {
        int between(LocalDate a, LocalDate b);
    }

    private static PeriodTable count(String unit, List<Incident> dated, Function<LocalDate, LocalDate> periodStart,
                                     Function<LocalDate, LocalDate> next, Steps steps,
                                     Function<LocalDate, String> label) {
        List<Incident> counted = dated.stream().filter(i -> !Counting.counted(i).isEmpty()).toList();
        if (counted.isEmpty()) {
            return new PeriodTable(unit, List.of(), List.of(), Map.of());
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Incident i : counted) {
            LocalDate p = periodStart.apply(i.day());
            first = first == null || p.isBefore(first) ? p : first;
            last = last == null || p.isAfter(last) ? p : last;
        }
        int n = steps.between(first, last) + 1;
        int[] total = new int[n];
        int[][] perCategory = new int[Category.values().length][];
        for (Incident i : counted) {
            int idx = steps.between(first, periodStart.apply(i.day()));
            total[idx]++;
            for (Category c : Counting.counted(i)) {
                int[] row = perCategory[c.ordinal()];
                if (row == null) {
                    row = perCategory[c.ordinal()] = new int[n];
                }
                row[idx]++;
            }
        }
        List<String> labels = new ArrayList<>(n);
        for (LocalDate d = first; !d.isAfter(last); d = next.apply(d)) {
            labels.add(label.apply(d));
        }
        Map<String, List<Integer>> cats = new TreeMap<>();
        for (Category c : Category.values()) {
            if (perCategory[c.ordinal()] != null) {
                cats.put(c.name(), Arrays.stream(perCategory[c.ordinal()]).boxed().toList());
            }
        }
        return new PeriodTable(unit, labels, Arrays.stream(total).boxed().toList(), cats);
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    static String weekLabel(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
