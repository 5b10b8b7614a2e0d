package nl.patroon.indexer.source.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.time.AnchoredTimes;
import nl.patroon.indexer.time.DutchTimeResolver;
import nl.patroon.indexer.time.TimeExpression;

/**
 * The event times of a report, sentence by sentence, as a reader takes them:
 * <ul>
 *   <li>a sentence that states a date gets it, with its precision; the first in the sentence;</li>
 *   <li>"de volgende ochtend", "twee weken later", "die avond" count from the moment narrated last (the anchor);
 *       without one they stay undated, and the reason is kept;</li>
 *   <li>a clock time without a day ("Om 23.50 uur kwam hij terug") is on the day narrated last, if that is one
 *       day;</li>
 *   <li>a state "sinds de zomer van 2023" or "na februari 2024" is placed where it began: it is not an interval
 *       running on to the report's own date, which would spread the report over years;</li>
 *   <li>a sentence that goes on from the last moment ("Toen hij binnenkwam…", "… op dat moment …") keeps it, never
 *       more precise than "omstreeks".</li>
 * </ul>
 * A paragraph whose sentences narrate different days is cut into pieces, one per event, each from the sentence
 * that states its day; sentences before the first date belong to the first piece. A sentence that itself tells
 * several dated events ("In november 2023 …, op 8 juni 2024 … en op 15 juni 2024 …") is cut at the clause opening each
 * further date: its clauses count as units of the paragraph, as sentences do, and a piece is cited by the unit it
 * starts with.
 */
final class NarrativeTimes {
    /** Dates of birth in personalia are not events of the case. */
    private static final Pattern BIRTH = Pattern.compile("(?i)(?:geboren|geb\\.|geboortedatum)[^.\\n\\d]{0,25}$");
    /** Sentence openings and phrases that carry on at the moment narrated last. */
    private static final Pattern GOES_ON = Pattern.compile("(?iu)^[\\s\"'“‘(]*(?:toen|daarna|vervolgens|daarop|hierna"
            + "|hierop|nadat|terwijl|ter\\s+plaatse|(?:kort|even|direct|meteen|vlak|korte\\s+tijd)\\s+(?:daarna|later|erna))\\b"
            + "|\\bop\\s+dat\\s+moment\\b|\\bop\\s+hetzelfde\\s+moment\\b|\\bop\\s+het\\s+moment\\s+dat\\b");
    /** Pieces are cited by sentence number; the index's position key holds up to this many (8 bits). */
    static final int MAX_SENTENCE = 255;

    /** How a sentence came by its time. */
    enum Kind {
        /** It states a date or time of its own. */
        STATED,
        /** It counts from the anchor ("de volgende ochtend"). */
        COUNTED,
        /** It names a state and when it began ("sinds 2021"). */
        SINCE,
        /** It goes on at the anchor ("Toen…", "op dat moment"). */
        CONTINUED,
        /** None. */
        NONE
    }

    /**
     * The time of one sentence.
     *
     * @param note why a time expression in it could not be placed (a relative one without an anchor), or null
     */
    record Dating(EventTime time, Kind kind, String note) {
        boolean own() {
            return kind == Kind.STATED || kind == Kind.COUNTED || kind == Kind.SINCE;
        }
    }

    /**
     * One passage's worth of a paragraph.
     *
     * @param sentence 0 for the whole paragraph; else the 1-based sentence the piece starts with
     * @param text     the piece as written
     * @param time     its event time, or null
     * @param note     why a relative expression in it stayed undated, or null
     */
    record Piece(int sentence, String text, EventTime time, String note) {
    }

    private NarrativeTimes() {
    }

    /**
     * @param reportDate the report's own date, or null when unknown (then only expressions naming their year count,
     *                   and those counting from an anchor)
     * @return per paragraph its pieces: one (sentence 0, the whole paragraph) unless it narrates several days
     */
    static List<List<Piece>> perParagraph(List<String> paragraphs, LocalDate reportDate, ZoneId zone) {
        return perParagraph(paragraphs, reportDate, null, zone);
    }

    /** As {@link #perParagraph(List, LocalDate, ZoneId)}, going on from {@code anchor}, the moment narrated before. */
    static List<List<Piece>> perParagraph(List<String> paragraphs, LocalDate reportDate, EventTime anchor, ZoneId zone) {
        List<List<Piece>> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            List<Integer> starts = units(p, reportDate, zone);
            List<int[]> spans = new ArrayList<>(); // [first sentence index, start offset]
            List<Dating> pieceDates = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                int from = starts.get(i);
                String sentence = p.substring(from, i + 1 < starts.size() ? starts.get(i + 1) : p.length());
                Dating d = sentence(sentence, reportDate, anchor, zone);
                if (d.note() != null) {
                    notes.add(d.note());
                }
                int last = pieceDates.size() - 1;
                if (last < 0) {
                    spans.add(new int[] {i, 0});
                    pieceDates.add(d);
                } else if (d.own() && !pieceDates.get(last).own() && pieceDates.get(last).kind() != Kind.CONTINUED) {
                    pieceDates.set(last, d); // the lead-in before the first date belongs to it
                } else if (d.own() && i < MAX_SENTENCE && differentDay(d.time(), pieceDates.get(last).time())) {
                    spans.add(new int[] {i, from});
                    pieceDates.add(d);
                } else if (d.kind() == Kind.CONTINUED && pieceDates.get(last).time() == null) {
                    pieceDates.set(last, d); // "… waren op dat moment thuis": the piece goes on at the anchor
                }
                if (d.kind() == Kind.STATED || d.kind() == Kind.COUNTED && !sameDay(d, anchor, zone)) {
                    anchor = d.time(); // "eerder die avond" looks back within the day: the story's moment stays
                }
            }
            List<Piece> pieces = new ArrayList<>(spans.size());
            String note = notes.isEmpty() ? null : String.join("; ", notes);
            for (int k = 0; k < spans.size(); k++) {
                int from = spans.get(k)[1];
                int to = k + 1 < spans.size() ? spans.get(k + 1)[1] : p.length();
                pieces.add(new Piece(spans.size() == 1 ? 0 : spans.get(k)[0] + 1, p.substring(from, to).strip(),
                        pieceDates.get(k).time(), note));
            }
            out.add(pieces);
        }
        return out;
    }

    /**
     * Where the paragraph's units start: each sentence, and within a sentence that tells several dated events each
     * clause that opens a further one ({@link EventClauses}), so that each event is dated, and cited, on its own.
     */
    private static List<Integer> units(String p, LocalDate reportDate, ZoneId zone) {
        List<Integer> sentences = Sentences.starts(p);
        List<Integer> units = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            int from = sentences.get(i);
            units.add(from);
            String sentence = p.substring(from, i + 1 < sentences.size() ? sentences.get(i + 1) : p.length());
            for (int cut : EventClauses.starts(sentence, reportDate, zone)) {
                units.add(from + cut);
            }
        }
        return units;
    }

    /** The time of one sentence, given the report's date and the moment narrated last (either may be null). */
    static Dating sentence(String sentence, LocalDate reportDate, EventTime anchor, ZoneId zone) {
        List<TimeExpression> found = reportDate == null
                ? DutchTimeResolver.resolveAbsolute(sentence, zone) : DutchTimeResolver.resolve(sentence, reportDate, zone);
        List<AnchoredTimes.Relative> relatives = AnchoredTimes.find(sentence);
        LocalDate anchorDay = oneDay(anchor, zone);
        EventTime stated = null;
        int statedAt = Integer.MAX_VALUE;
        EventTime since = null;
        String note = null;
        for (TimeExpression e : found) {
            if (BIRTH.matcher(sentence.substring(0, e.start())).find()) {
                continue;
            }
            if (e.openEnded()) {
                since = since == null ? e.opening() : since;
                continue;
            }
            TimeExpression placed = e;
            if (!e.dayKnown()) {
                LocalDate day = dayBefore(relatives, e.start(), anchor, zone);
                if (day == null && anchorDay != null) {
                    day = afterMidnight(anchor, e) ? anchorDay.plusDays(1) : anchorDay;
                }
                if (day == null) {
                    continue;
                }
                placed = e.onDay(day);
            }
            if (e.start() < statedAt) {
                stated = placed.time();
                statedAt = e.start();
            }
        }
        Kind kind = Kind.STATED;
        for (AnchoredTimes.Relative r : relatives) {
            if (anchor == null) {
                note = note == null ? "'" + r.text().strip() + "' zonder eerder genoemde datum" : note;
            } else if (r.start() < statedAt && !clockFollows(found, r)) {
                stated = r.at(anchor, zone);
                statedAt = r.start();
                kind = Kind.COUNTED;
            }
        }
        if (stated != null) {
            return new Dating(stated, kind, note);
        }
        if (since != null) {
            return new Dating(since, Kind.SINCE, note);
        }
        if (anchor != null && GOES_ON.matcher(sentence).find()) {
            return new Dating(continued(anchor), Kind.CONTINUED, note);
        }
        return new Dating(null, Kind.NONE, note);
    }

    /** A small-hours clock time told after a late-evening moment ("omstreeks 23.40 uur", then "om 00.15 uur"). */
    private static boolean afterMidnight(EventTime anchor, TimeExpression clock) {
        return anchor.precision() != TimePrecision.INTERVAL && anchor.precision() != TimePrecision.DAY
                && anchor.start().getHour() >= 18 && clock.time().start().getHour() < 6;
    }

    /** "de volgende ochtend om 07.30 uur": the clock time is placed on that day and states the time. */
    private static boolean clockFollows(List<TimeExpression> found, AnchoredTimes.Relative r) {
        return found.stream().anyMatch(e -> !e.dayKnown() && e.start() >= r.end() && e.start() - r.end() <= 4);
    }

    /** The single day an anchored expression just before {@code offset} names, counted from the anchor. */
    private static LocalDate dayBefore(List<AnchoredTimes.Relative> relatives, int offset, EventTime anchor, ZoneId zone) {
        if (anchor == null) {
            return null;
        }
        for (AnchoredTimes.Relative r : relatives) {
            if (r.end() <= offset && offset - r.end() <= 4) {
                return oneDay(r.at(anchor, zone), zone);
            }
        }
        return null;
    }

    /** The day a time lies on, when it lies on one day (a point, a day, a part of a day); else null. */
    private static LocalDate oneDay(EventTime t, ZoneId zone) {
        if (t == null) {
            return null;
        }
        LocalDate a = t.start().withZoneSameInstant(zone).toLocalDate();
        LocalDate b = t.end().withZoneSameInstant(zone).toLocalDate();
        if (a.equals(b)) {
            return a;
        }
        // a night from the evening before: its evening's day
        return t.precision() == TimePrecision.INTERVAL && a.plusDays(1).equals(b) && t.start().getHour() >= 18 ? a : null;
    }

    /** Going on at the anchor: the same day or period, a point no more precise than "omstreeks". */
    private static EventTime continued(EventTime anchor) {
        return switch (anchor.precision()) {
            case SECOND, MINUTE -> new EventTime(anchor.start(), anchor.end(), TimePrecision.APPROXIMATE);
            default -> anchor;
        };
    }

    private static boolean sameDay(Dating d, EventTime anchor, ZoneId zone) {
        LocalDate day = oneDay(anchor, zone);
        return day != null && day.equals(oneDay(d.time(), zone));
    }

    private static boolean differentDay(EventTime a, EventTime b) {
        if (a == null || b == null) {
            return a != b;
        }
        return !a.start().toLocalDate().equals(b.start().toLocalDate());
    }
}
