package nl.patroon.indexer.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import nl.patroon.core.passage.EventTime;

/**
 * A recognised piece of a time expression (a day, a clock time, a time range, a day part, a whole period, a
 * "sinds" or "na" marker); which fields are set depends on the type. Clock strings are parsed when joined.
 */
record TimeAtom(int start, int end, Type type, LocalDate day, DayPart part, String clockA, DayPart partA,
               String clockB, DayPart partB, boolean approximate, EventTime period) {
    int length() {
        return end - start;
    }

    static TimeAtom day(Matcher m, LocalDate day, DayPart part) {
        return new TimeAtom(m.start(), m.end(), Type.DAY, day, part, null, null, null, null, false, null);
    }

    static TimeAtom period(Matcher m, EventTime period) {
        return new TimeAtom(m.start(), m.end(), Type.PERIOD, null, null, null, null, null, null, false, period);
    }

    enum Type { DAY, TIME, TIME_RANGE, PART, PERIOD, SINCE, AFTER }
}
