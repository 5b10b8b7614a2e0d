package nl.patroon.indexer.source.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.time.DutchTimeResolver;
import nl.patroon.indexer.time.TimeExpression;

/**
 * The date a report was drawn up, read from its own text: relative expressions in it ("gisteravond",
 * "afgelopen vrijdag") count back from this day.
 *
 * @param date   the day
 * @param source where it was found, in Dutch, for the evidence metadata ("afsluiting", "kop", "aanhef", "metadata")
 */
record ReportDate(LocalDate date, String source) {
    /** Where a report states its own date, strongest first; the date follows within a short distance. */
    static final List<Anchor> ANCHORS = List.of(
            // "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Rotterdam op 9 juni 2024."
            new Anchor("(?:opgemaakt|ondertekend(?:e|en)?|gesloten)\\b", "og", 160, "afsluiting"),
            // "Datum: 9 juni 2024", "Datum rapportage: 12-06-2024", "Datum opmaak: …"
            new Anchor("\\bdatum(?:\\s+(?:rapport(?:age)?|opmaak|verslag|verklaring|onderzoek))?\\s*:", "d", 40, "kop"),
            // the aangifte's opening: "Op zondag 9 juni 2024 om 10.05 uur verscheen voor mij …"
            new Anchor("\\bverscheen\\b", "v", -80, "aanhef"),
            // a verhoor's opening: "Op maandag 10 juni 2024 werd … gehoord"
            new Anchor("\\b(?:gehoord|verhoord)\\b", "gv", -100, "aanhef"));

    /**
     * @param starts the letters an anchor can start with (see {@link nl.patroon.indexer.support.StartCharFinder})
     * @param window characters after the anchor to look in, or (negative) before it
     */
    record Anchor(Pattern pattern, String starts, int window, String source) {
        Anchor(String regex, String starts, int window, String source) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), starts, window, source);
        }
    }

    /**
     * Finds the report's date in its text. Only dates that name their year count: a report's own date is written
     * in full, and a year-less one could not be placed without the very date we are looking for.
     */
    static Optional<ReportDate> in(String text, ZoneId zone) {
        for (Anchor a : ANCHORS) {
            nl.patroon.indexer.support.StartCharFinder f =
                    new nl.patroon.indexer.support.StartCharFinder(a.pattern(), text, a.starts(), false);
            Optional<ReportDate> last = Optional.empty();
            while (f.find()) {
                Matcher m = f.matcher();
                int from = a.window() > 0 ? m.end() : Math.max(0, m.start() + a.window());
                int to = a.window() > 0 ? Math.min(text.length(), m.end() + a.window()) : m.start();
                Optional<LocalDate> d = fullDate(text.substring(from, to), zone, a.window() < 0);
                if (d.isPresent()) {
                    last = Optional.of(new ReportDate(d.get(), a.source()));
                    if (a.window() < 0 || !a.source().equals("afsluiting")) {
                        break; // openings and headings: the first; closings: the last one of the report
                    }
                }
            }
            if (last.isPresent()) {
                return last;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fullDate(String window, ZoneId zone, boolean nearestToEnd) {
        Optional<LocalDate> found = Optional.empty();
        for (TimeExpression e : DutchTimeResolver.resolveAbsolute(window, zone)) {
            if (e.time().precision() != TimePrecision.INTERVAL) {
                found = Optional.of(e.time().start().toLocalDate());
                if (!nearestToEnd) {
                    return found;
                }
            }
        }
        return found;
    }
}
