package nl.patroon.core.passage;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When something happened, with its zone and precision. For an interval, {@code start} and {@code end}
 * bound it; for a point, they are equal. Chat exports are local time: the zone is part of the value.
 */
public record EventTime(ZonedDateTime start, ZonedDateTime end, TimePrecision precision) {
    public EventTime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        end = end == null ? start : end;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " .. " + end);
        }
    }

    public static EventTime at(ZonedDateTime t, TimePrecision precision) {
        return new EventTime(t, t, precision);
    }

    /** Sort key: epoch millis of the start. */
    public long sortKey() {
        return start.toInstant().toEpochMilli();
    }
}
