package nl.patroon.indexer.source.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.indexer.time.DutchTimeResolver;
import nl.patroon.indexer.time.TimeExpression;

/**
 * Where a sentence that tells several dated events ("In november 2023 duwde hij mij, op 8 juni 2024 sloeg hij mij en
 * op 15 juni 2024 stond hij weer voor de deur.") is cut, so that each event is a unit of its own, dated by its own
 * date: at the clause that opens each further date of another day, after a comma, semicolon, colon or dash, or at a
 * joining word ("en", "maar", "waarna", …). Dates with no such boundary between them ("van 3 tot 8 juni", "op 3 en
 * 5 juni 2024") stay together: they tell one event, or one list of days; so does a date within the one before ("in
 * april 2024, ik denk in het weekend van 6 april"), a closer look at the same event.
 */
final class EventClauses {
    /** Punctuation that closes a clause; the next clause starts after it. */
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:]\\s+|\\s[–—-]\\s+");
    /** A joining word that opens a clause; the clause starts at it. */
    private static final Pattern JOINS = Pattern.compile("(?iu)(?<=\\s)(?:en|maar|waarna|daarna|toen|terwijl|nadat"
            + ")\\s");
    private static final Pattern TWO_NUMBERS = Pattern.compile("\\d\\D+\\d");
    /** Dates of birth in personalia are not events. */
    private static final Pattern BIRTH = Pattern.compile("(?i)(?:geboren|geb\\.|geboortedatum)[^.\\n\\d]{0,25}$");

    private EventClauses() {
    }

    /**
     * The offsets into {@code sentence} at which a further dated event begins, in order; empty for a sentence with
     * at most one date, or whose dates no clause boundary parts.
     *
     * @param reportDate the report's own date (lets "op 2 juni" count), or null: only dates naming their year
     */
    static List<Integer> starts(String sentence, LocalDate reportDate, ZoneId zone) {
        if (!TWO_NUMBERS.matcher(sentence).find()) {
            return List.of(); // two dates of different days name two numbers: most sentences need no second look
        }
        List<TimeExpression> dates = new ArrayList<>();
        List<TimeExpression> found = reportDate == null ? DutchTimeResolver.resolveAbsolute(sentence, zone)
                : DutchTimeResolver.resolve(sentence, reportDate, zone);
        for (TimeExpression e : found) {
            if (e.dayKnown() && !e.openEnded() && !BIRTH.matcher(sentence.substring(0, e.start())).find()) {
                dates.add(e);
            }
        }
        dates.sort(Comparator.comparingInt(TimeExpression::start));
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < dates.size(); i++) {
            TimeExpression before = dates.get(i - 1);
            TimeExpression e = dates.get(i);
            if (e.start() < before.end() || sameDay(before, e) || within(e, before) || within(before, e)) {
                continue;
            }
            int cut = clauseStart(sentence, before.end(), e.start());
            if (cut > 0 && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    /** The start of the last clause opened between {@code from} and {@code to}, or -1 when none is. */
    private static int clauseStart(String sentence, int from, int to) {
        String gap = sentence.substring(from, to);
        int at = -1;
        Matcher p = PUNCTUATION.matcher(gap);
        while (p.find()) {
            at = p.end();
        }
        Matcher j = JOINS.matcher(gap);
        while (j.find()) {
            at = Math.max(at, j.start());
        }
        return at < 0 ? -1 : from + at;
    }

    /** "in april 2024, ik denk in het weekend van 6 april": a closer look at the same event, not another one. */
    private static boolean within(TimeExpression inner, TimeExpression outer) {
        return !inner.time().start().isBefore(outer.time().start()) && !inner.time().end().isAfter(outer.time().end());
    }

    private static boolean sameDay(TimeExpression a, TimeExpression b) {
        return a.time().start().toLocalDate().equals(b.time().start().toLocalDate());
    }
}
