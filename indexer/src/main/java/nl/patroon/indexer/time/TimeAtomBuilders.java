package nl.patroon.indexer.time;

import static nl.patroon.indexer.time.DutchTimeGrammar.NUMBERS;
import static nl.patroon.indexer.time.DutchTimeGrammar.P_PARTIAL_DATE;
import static nl.patroon.indexer.time.DutchTimeGrammar.clock;
import static nl.patroon.indexer.time.DutchTimeGrammar.hasYear;
import static nl.patroon.indexer.time.DutchTimeGrammar.month;
import static nl.patroon.indexer.time.DutchTimeGrammar.parseDate;
import static nl.patroon.indexer.time.DutchTimeGrammar.weekday;
import static nl.patroon.indexer.time.TimeAtomJoiner.partOf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.time.TimeAtom.Type;

/**
 * How the match of a recogniser in {@link TimeRecognisers} becomes a {@link TimeAtom}, read against the reference
 * day; null when the match is no time after all (a duration, a night whose days do not follow each other).
 */
final class TimeAtomBuilders {
    private TimeAtomBuilders() {
    }

    static TimeAtom relativeDay(Matcher m, ReferenceDay c) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        LocalDate ref = c.ref();
        LocalDate day = w.startsWith("eergister") ? ref.minusDays(2) : w.startsWith("gister") ? ref.minusDays(1) : ref;
        DayPart part = w.endsWith("nacht") ? DayPart.NIGHT_AFTER : DayPart.of(w.replaceFirst("^(eergister|gister|van)", ""));
        if (w.equals("vannacht")) {
            day = ref.minusDays(1); // the night that just ended: from yesterday evening into the reference day
        }
        return TimeAtom.day(m, day, part);
    }

    static TimeAtom lastWeekday(Matcher m, ReferenceDay c, boolean previousWeek) {
        DayOfWeek wd = weekday(m.group("wd"));
        LocalDate day;
        if (previousWeek) {
            day = c.ref().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                    .plusDays(wd.getValue() - 1L);
        } else {
            day = c.ref().with(TemporalAdjusters.previous(wd)); // "afgelopen vrijdag" on a Friday is a week ago
        }
        return TimeAtom.day(m, day, weekdayPart(m.group("p")));
    }

    /** The day part of a compound with a weekday: "vrijdagavond"; "zaterdagnacht" is the night after Saturday. */
    static DayPart weekdayPart(String p) {
        return p == null ? null : p.equalsIgnoreCase("nacht") ? DayPart.NIGHT_AFTER : DayPart.of(p);
    }

    static TimeAtom clockTime(Matcher m, ReferenceDay c) {
        String q = m.group("q");
        DayPart part = DayPart.of(m.group("p"));
        // "een uur later", "twee uur gewacht" are durations: a whole hour is a time of day only with om/rond/…
        // or a day part ("tien uur 's avonds")
        boolean qualified = q != null || part != null;
        if (clock(m.group("c"), part, qualified) == null) {
            return null;
        }
        boolean approximate = q != null && !q.equalsIgnoreCase("om"); // "tien uur 's avonds": exact
        return new TimeAtom(m.start(), m.end(), Type.TIME, null, null, m.group("c"), part, null, null, approximate, null);
    }

    static TimeAtom clockRange(Matcher m, ReferenceDay c) {
        DayPart pa = DayPart.of(m.group("ap"));
        DayPart pb = DayPart.of(m.group("bp"));
        if (clock(m.group("a"), pa != null ? pa : pb, true) == null || clock(m.group("b"), pb, true) == null) {
            return null;
        }
        return new TimeAtom(m.start(), m.end(), Type.TIME_RANGE, null, null, m.group("a"), pa, m.group("b"), pb, false, null);
    }

    static TimeAtom namedNight(Matcher m, ReferenceDay c) {
        LocalDate to = parseDate(m.group("to"), c.ref());
        if (to == null || to.minusDays(1).getDayOfMonth() != Integer.parseInt(m.group("d1"))) {
            return null;
        }
        return TimeAtom.period(m, partOf(to.minusDays(1), DayPart.NIGHT_AFTER, c));
    }

    static TimeAtom season(Matcher m, ReferenceDay c) {
        int y = Integer.parseInt(m.group("y"));
        String s = m.group("s").toLowerCase(Locale.ROOT);
        if (m.group("y2") != null) {
            // "winter 2022/2023": from December of the first year
            return s.equals("winter") ? TimeAtom.period(m, winter(y, c)) : null;
        }
        if (s.equals("winter")) {
            // "de winter van 2023" is said of Jan–Feb 2023 and of Dec 2023–Feb 2024 alike: keep both.
            return TimeAtom.period(m, c.days(LocalDate.of(y - 1, 12, 1), YearMonth.of(y + 1, 2).atEndOfMonth()));
        }
        return TimeAtom.period(m, seasonOf(s, y, c));
    }

    static TimeAtom lastSeason(Matcher m, ReferenceDay c) {
        String s = m.group("s").toLowerCase(Locale.ROOT);
        for (int y = c.ref().getYear(); ; y--) {
            EventTime t = s.equals("winter") ? winter(y - 1, c) : seasonOf(s, y, c);
            if (t.end().toLocalDate().isBefore(c.ref())) {
                return TimeAtom.period(m, t); // "afgelopen zomer": the last summer that is over
            }
        }
    }

    private static EventTime winter(int decemberYear, ReferenceDay c) {
        return c.days(LocalDate.of(decemberYear, 12, 1), YearMonth.of(decemberYear + 1, 2).atEndOfMonth());
    }

    private static EventTime seasonOf(String s, int y, ReferenceDay c) {
        int first = s.equals("lente") || s.equals("voorjaar") ? 3 : s.equals("zomer") ? 6 : 9;
        return c.days(LocalDate.of(y, first, 1), YearMonth.of(y, first + 2).atEndOfMonth());
    }

    static TimeAtom partOfMonth(Matcher m, ReferenceDay c) {
        int month = month(m.group("mon"));
        String p = m.group("p").toLowerCase(Locale.ROOT);
        int firstDay = p.startsWith("begin") ? 1 : p.startsWith("eind") ? 21 : 11;
        YearMonth ym;
        if (m.group("y") != null) {
            ym = YearMonth.of(Integer.parseInt(m.group("y")), month);
        } else {
            ym = YearMonth.of(c.ref().getYear(), month);
            ym = ym.atDay(firstDay).isAfter(c.ref()) ? ym.minusYears(1) : ym;
        }
        LocalDate last = p.startsWith("eind") ? ym.atEndOfMonth() : ym.atDay(firstDay + 9);
        return TimeAtom.period(m, c.days(ym.atDay(firstDay), last));
    }

    static TimeAtom partOfYear(Matcher m, ReferenceDay c) {
        int y = Integer.parseInt(m.group("y"));
        String p = m.group("p").toLowerCase(Locale.ROOT);
        int first = p.startsWith("begin") ? 1 : p.startsWith("eind") ? 9 : 5;
        return TimeAtom.period(m, c.days(LocalDate.of(y, first, 1), YearMonth.of(y, first + 3).atEndOfMonth()));
    }

    static TimeAtom dateRange(Matcher m, ReferenceDay c) {
        LocalDate b = parseDate(m.group("b"), c.ref());
        if (b == null) {
            return null;
        }
        String aText = m.group("a");
        LocalDate a = hasYear(aText) ? parseDate(aText, c.ref()) : null;
        if (a == null) {
            // "van 1 tot en met 12 maart 2024", "tussen 28 februari en 3 maart": month and year from the end
            Matcher pm = P_PARTIAL_DATE.matcher(aText.strip());
            if (!pm.matches()) {
                return null;
            }
            int month = pm.group("mon") == null ? b.getMonthValue() : month(pm.group("mon"));
            a = LocalDate.of(b.getYear(), month, Integer.parseInt(pm.group("d")));
            a = a.isAfter(b) ? a.minusYears(1) : a;
        }
        if (a.isAfter(b)) {
            return null;
        }
        boolean exclusive = m.group("op").equalsIgnoreCase("tot");
        ZonedDateTime end = exclusive ? c.startOf(b).minusSeconds(1) : c.endOf(b);
        return TimeAtom.period(m, new EventTime(c.startOf(a), end.isBefore(c.startOf(a)) ? c.startOf(a) : end,
                TimePrecision.INTERVAL));
    }

    static TimeAtom ago(Matcher m, ReferenceDay c) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        String u = m.group("u").toLowerCase(Locale.ROOT);
        LocalDate ref = c.ref();
        if (u.startsWith("dag")) {
            return TimeAtom.day(m, ref.minusDays(count), null);
        }
        if (u.startsWith("we")) {
            LocalDate monday = ref.minusWeeks(count).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return TimeAtom.period(m, c.days(monday, monday.plusDays(6)));
        }
        if (u.startsWith("maand")) {
            YearMonth ym = YearMonth.from(ref).minusMonths(count);
            return TimeAtom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
        }
        int y = ref.getYear() - count;
        return TimeAtom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
}
