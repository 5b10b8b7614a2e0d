package nl.patroon.app.incidents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.problem.Problem;

/** Reads a date or date-time given on the command line (2024-06-08, 2024-06-08T23:40) into an incident time. */
final class EventTimes {
    private EventTimes() {
    }

    /**
     * A day gives DAY precision, a time MINUTE; with {@code until} the incident is a period (INTERVAL) up to the
     * end of that day or that minute.
     */
    static EventTime parse(String date, String until, ZoneId zone) {
        ZonedDateTime start = at(date, zone, false);
        if (until == null || until.isBlank()) {
            return EventTime.at(start, date.contains("T") ? TimePrecision.MINUTE : TimePrecision.DAY);
        }
        ZonedDateTime end = at(until, zone, true);
        if (end.isBefore(start)) {
            throw Problem.of("period.until-before-date").exception();
        }
        return new EventTime(start, end, TimePrecision.INTERVAL);
    }

    private static ZonedDateTime at(String text, ZoneId zone, boolean endOfDay) {
        String t = text.strip();
        try {
            if (t.contains("T")) {
                return ZonedDateTime.of(LocalDateTime.parse(t), zone);
            }
            LocalDate d = LocalDate.parse(t);
            return endOfDay ? d.atTime(23, 59).atZone(zone) : d.atStartOfDay(zone);
        } catch (DateTimeParseException e) {
            throw Problem.of("date.invalid", text).exception(e);
        }
    }
}
