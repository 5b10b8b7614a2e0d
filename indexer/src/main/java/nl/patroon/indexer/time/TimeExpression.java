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
 * @param opening  for an open-ended expression ("sinds de zomer van 2023", "na februari 2024"), whose
 *                 {@code time} runs on to the reference day: the period in which the state it names began; null
 *                 for every other expression. A report's narration is placed there, not spread to its own date.
 */
public record TimeExpression(int start, int end, String text, EventTime time, boolean dayKnown, EventTime opening) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public TimeExpression(int start, int end, String text, EventTime time, boolean dayKnown) {
        this(start, end, text, time, dayKnown, null);
    }

    /** Whether this names a state that began at {@link #opening()} and still holds ("sinds …", "na …"). */
    public boolean openEnded() {
        return opening != null;
    }

    /** The same clock time(s) on another day; an interval crossing midnight keeps crossing it. */
    public TimeExpression onDay(LocalDate day) {
        long shift = day.toEpochDay() - time.start().toLocalDate().toEpochDay();
        EventTime moved = new EventTime(time.start().plusDays(shift), time.end().plusDays(shift), time.precision());
        return new TimeExpression(start, end, text, moved, true);
    }
}
