package nl.patroon.indexer.time;

import java.time.LocalDate;
import java.util.Objects;
import nl.patroon.core.passage.EventTime;

/**
 * One Dutch time expression found in a text, resolved.
 *
 * @param start    offset of the first character of the expression in the text
 * @param end      offset just after its last character
 * @param text     the expression as written
 * @param time     what it resolves to: a point (start = end) or an interval, with its precision
 * @param dayKnown false when the expression names only a clock time ("omstreeks 23.40 uur"): its day was
 *                 taken from the reference and a caller with better context (the incident day narrated just
 *                 before) should move it with {@link #onDay(LocalDate)}
 */
public record TimeExpression(int start, int end, String text, EventTime time, boolean dayKnown) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The same clock time(s) on another day; an interval crossing midnight keeps crossing it. */
    public TimeExpression onDay(LocalDate day) {
        long shift = day.toEpochDay() - time.start().toLocalDate().toEpochDay();
        EventTime moved = new EventTime(time.start().plusDays(shift), time.end().plusDays(shift), time.precision());
        return new TimeExpression(start, end, text, moved, true);
    }
}
