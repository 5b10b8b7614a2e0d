package nl.patroon.indexer.time;

import static nl.patroon.indexer.time.DutchTimeGrammar.FLAGS;
import static nl.patroon.indexer.time.DutchTimeGrammar.clock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.time.TimeAtom.Type;

/**
 * The second stage of {@link DutchTimeResolver}: adjacent atoms are joined into time expressions ("zaterdag 8
 * juni 2024" + "omstreeks 23.40 uur", "sinds" + "2018"); an atom that is not joined stands alone.
 */
final class TimeAtomJoiner {
    /** Between a day and its time: nothing, a comma, or the place as reports write it ("te Rotterdam", "te [plaats]"). */
    private static final Pattern GAP_DAY_TIME = Pattern.compile(
            "[\\s,]*(?:[Tt]e\\s+(?:\\[[^\\]]{1,40}\\]|\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)[\\s,]*)?");
    private static final Pattern GAP_NONE = Pattern.compile("[\\s,]*");
    private static final Pattern GAP_TIME_DAY = Pattern.compile("[\\s,]*(?:(?:op|van)\\s+)?", FLAGS);

    private TimeAtomJoiner() {
    }

    static List<TimeExpression> join(String text, List<TimeAtom> atoms, ReferenceDay ctx) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            TimeAtom a = atoms.get(i);
            TimeAtom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
            String gap = next == null ? null : text.substring(a.end(), next.start());
            boolean timeLike = a.type() == Type.TIME || a.type() == Type.TIME_RANGE || a.type() == Type.PART;
            if (a.type() == Type.SINCE && next != null && GAP_NONE.matcher(gap).matches()
                    && (next.type() == Type.DAY || next.type() == Type.PERIOD)) {
                EventTime from = standalone(next, ctx);
                if (from != null && !from.start().toLocalDate().isAfter(ctx.ref())) {
                    out.add(new TimeExpression(a.start(), next.end(), text.substring(a.start(), next.end()),
                            new EventTime(from.start(), ctx.endOf(ctx.ref()), TimePrecision.INTERVAL), true, from));
                }
                i++;
            } else if (a.type() == Type.AFTER && next != null && next.type() == Type.PERIOD
                    && GAP_NONE.matcher(gap).matches()) {
                EventTime after = following(next.period(), ctx);
                if (!after.start().toLocalDate().isAfter(ctx.ref())) {
                    out.add(new TimeExpression(a.start(), next.end(), text.substring(a.start(), next.end()),
                            new EventTime(after.start(), ctx.endOf(ctx.ref()), TimePrecision.INTERVAL), true, after));
                }
                i++;
            } else if (a.type() == Type.DAY && next != null && GAP_DAY_TIME.matcher(gap).matches()
                    && (next.type() == Type.TIME || next.type() == Type.TIME_RANGE || next.type() == Type.PART)) {
                add(out, text, a.start(), next.end(), onDay(a, next, ctx), true);
                i++;
            } else if (timeLike && next != null && next.type() == Type.DAY && GAP_TIME_DAY.matcher(gap).matches()) {
                add(out, text, a.start(), next.end(), onDay(next, a, ctx), true);
                i++;
            } else if (a.type() == Type.TIME || a.type() == Type.TIME_RANGE) {
                // A bare clock time: its day is the reference until a caller knows better (dayKnown = false).
                TimeAtom today = new TimeAtom(a.start(), a.end(), Type.DAY, ctx.ref(), null, null, null, null, null, false, null);
                add(out, text, a.start(), a.end(), onDay(today, a, ctx), false);
            } else {
                add(out, text, a.start(), a.end(), standalone(a, ctx), true);
            }
        }
        return out;
    }

    /**
     * The period that follows {@code period}, as long as it: after a season the next three months, after a month
     * the next, after a year the next year ("na de zomer van 2023": September to November 2023).
     */
    private static EventTime following(EventTime period, ReferenceDay ctx) {
        LocalDate first = period.start().toLocalDate();
        LocalDate last = period.end().toLocalDate();
        LocalDate next = last.plusDays(1);
        if (first.getDayOfMonth() == 1 && next.getDayOfMonth() == 1) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(next));
            return ctx.days(next, next.plusMonths(months).minusDays(1));
        }
        return ctx.days(next, next.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, next) - 1));
    }

    private static void add(List<TimeExpression> out, String text, int start, int end, EventTime time, boolean dayKnown) {
        if (time != null) {
            out.add(expression(text, start, end, time, dayKnown));
        }
    }

    private static TimeExpression expression(String text, int start, int end, EventTime time, boolean dayKnown) {
        return new TimeExpression(start, end, text.substring(start, end), time, dayKnown);
    }

    /** What an atom means on its own; null for pieces that say nothing alone ("'s avonds", "sinds"). */
    private static EventTime standalone(TimeAtom a, ReferenceDay ctx) {
        switch (a.type()) {
            case PERIOD:
                return a.period();
            case DAY:
                return a.part() == null
                        ? new EventTime(ctx.startOf(a.day()), ctx.endOf(a.day()), TimePrecision.DAY)
                        : partOf(a.day(), a.part(), ctx);
            default:
                return null;
        }
    }

    static EventTime partOf(LocalDate day, DayPart part, ReferenceDay ctx) {
        LocalDate endDay = part == DayPart.NIGHT_AFTER ? day.plusDays(1) : day;
        return new EventTime(ctx.at(day, part.from), ctx.at(endDay, part.to), TimePrecision.INTERVAL);
    }

    /** A day atom joined with a clock time, a time range or a day part. */
    private static EventTime onDay(TimeAtom day, TimeAtom time, ReferenceDay ctx) {
        DayPart dayPart = day.part();
        switch (time.type()) {
            case PART:
                return partOf(day.day(), dayPart != null ? dayPart : time.part(), ctx);
            case TIME: {
                DayPart part = time.partA() != null ? time.partA() : dayPart;
                LocalTime t = clock(time.clockA(), part, true);
                LocalDate d = part == DayPart.NIGHT_AFTER && t.getHour() < 12 ? day.day().plusDays(1) : day.day();
                ZonedDateTime at = ctx.at(d, t);
                return EventTime.at(at, time.approximate() ? TimePrecision.APPROXIMATE : TimePrecision.MINUTE);
            }
            case TIME_RANGE: {
                DayPart partB = time.partB() != null ? time.partB() : dayPart;
                DayPart partA = time.partA() != null ? time.partA() : partB;
                LocalTime a = clock(time.clockA(), partA, true);
                LocalTime b = clock(time.clockB(), partB, true);
                LocalDate d = partA == DayPart.NIGHT_AFTER && a.getHour() < 12 ? day.day().plusDays(1) : day.day();
                ZonedDateTime start = ctx.at(d, a);
                ZonedDateTime end = ctx.at(b.isBefore(a) ? d.plusDays(1) : d, b); // "tussen 23.30 en 00.30 uur"
                return new EventTime(start, end, TimePrecision.INTERVAL);
            }
            default:
                return standalone(day, ctx);
        }
    }
}
