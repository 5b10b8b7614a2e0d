package nl.patroon.indexer.source.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.time.DutchTimeResolver;
import nl.patroon.indexer.time.TimeExpression;

/**
 * The event time of each paragraph of a report: the first time expression in it, resolved against the report's
 * own date. A clock time without a day ("Om 23.50 uur kwam hij terug") belongs to the day narrated last, as a
 * reader would take it; with no such day it is left undated rather than guessed.
 */
final class NarrativeTimes {
    /** Dates of birth in personalia are not events of the case. */
    private static final Pattern BIRTH = Pattern.compile("(?i)(?:geboren|geb\\.|geboortedatum)[^.\\n]{0,25}$");

    private NarrativeTimes() {
    }

    /**
     * @param reportDate the report's own date, or null when unknown (then only expressions naming their year count)
     * @return one time (or null) per paragraph
     */
    static List<EventTime> perParagraph(List<String> paragraphs, LocalDate reportDate, ZoneId zone) {
        List<EventTime> out = new ArrayList<>(paragraphs.size());
        LocalDate narratedDay = null;
        for (String p : paragraphs) {
            List<TimeExpression> found = reportDate == null
                    ? DutchTimeResolver.resolveAbsolute(p, zone) : DutchTimeResolver.resolve(p, reportDate, zone);
            EventTime first = null;
            for (TimeExpression e : found) {
                if (BIRTH.matcher(p.substring(0, e.start())).find()) {
                    continue;
                }
                TimeExpression placed = e.dayKnown() ? e : narratedDay == null ? null : e.onDay(narratedDay);
                if (placed == null) {
                    continue;
                }
                if (first == null) {
                    first = placed.time();
                }
                if (e.dayKnown() && placed.time().precision() != TimePrecision.INTERVAL) {
                    narratedDay = placed.time().start().toLocalDate();
                }
            }
            out.add(first);
        }
        return out;
    }
}
