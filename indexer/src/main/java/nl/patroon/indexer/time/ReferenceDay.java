package nl.patroon.indexer.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;

/** The day a text was written and the zone its local times are in: what relative expressions count back from. */
record ReferenceDay(LocalDate ref, ZoneId zone) {
    ZonedDateTime at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(zone);
    }

    ZonedDateTime startOf(LocalDate day) {
        return at(day, LocalTime.MIDNIGHT);
    }

    ZonedDateTime endOf(LocalDate day) {
        return at(day, LocalTime.of(23, 59, 59));
    }

    EventTime days(LocalDate first, LocalDate last) {
        return new EventTime(startOf(first), endOf(last), TimePrecision.INTERVAL);
    }
}
