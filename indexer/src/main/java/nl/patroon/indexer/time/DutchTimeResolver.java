package nl.patroon.indexer.time;

import static nl.patroon.indexer.time.DutchTimeGrammar.FLAGS;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.support.StartCharFinder;

/**
 * The one resolver of Dutch narrative time expressions in Patroon ("op zaterdag 8 juni 2024 omstreeks 23.40 uur",
 * "in de nacht van 7 op 8 juni", "afgelopen vrijdag", "rond half elf 's avonds", "in de zomer van 2023"),
 * resolved against the date of the text that contains them (a report's own date, a message's send date).
 *
 * <p>It works in two small stages: recognisers find <em>atoms</em> (a day, a clock time, a time range, a day
 * part, a whole period, a "sinds" marker), the longest wins where they overlap; then adjacent atoms are joined
 * ("zaterdag 8 juni 2024" + "omstreeks 23.40 uur"). Precision rules, because a court must never read a
 * guess as exact:
 * <ul>
 *   <li>a day with an exact clock time ("om 23.40 uur", "half elf") is {@link TimePrecision#MINUTE};</li>
 *   <li>with omstreeks/rond/tegen/ongeveer/circa/even na it is {@link TimePrecision#APPROXIMATE} (still a point);</li>
 *   <li>a day alone is {@link TimePrecision#DAY}: 00.00 to 23.59.59 of that day;</li>
 *   <li>everything vaguer is an {@link TimePrecision#INTERVAL} with inclusive bounds: day parts (ochtend 06–12,
 *       middag 12–18, avond 18–24, nacht 00–06, a named night 22.00–06.00), time ranges, weeks, months,
 *       thirds of a month (begin 1–10, medio 11–20, eind 21–end) or of a year (Jan–Apr, May–Aug, Sep–Dec),
 *       meteorological seasons (KNMI: lente Mar–May, zomer Jun–Aug, herfst Sep–Nov, winter Dec–Feb), periods
 *       "van … tot en met …" and "sinds …" (until the end of the reference day).</li>
 * </ul>
 * A date without a year gets the latest year that does not put it after the reference day (and, when a weekday is
 * given, whose weekday matches): statements narrate the past. Implicit bounds end one second before the next
 * part; explicit ones ("tot 22.00 uur") are kept as written.
 *
 * <p>The parts: {@link TimeRecognisers} (the recogniser table, tried in order), {@link TimeAtomBuilders} (a match
 * to an atom), {@link TimeAtomJoiner} (atoms to expressions), {@link DutchTimeGrammar} (the words and the readers
 * of dates and clock times).
 */
public final class DutchTimeResolver {
    private DutchTimeResolver() {
    }

    /** Resolves every time expression in {@code text} against the moment it was written (its date and zone). */
    public static List<TimeExpression> resolve(String text, ZonedDateTime reference) {
        return resolve(text, reference.toLocalDate(), reference.getZone());
    }

    /**
     * Resolves every time expression in {@code text}, in text order, against the day it was written.
     *
     * @param reference the date of the report or message (relative expressions count back from it)
     * @param zone      the zone the narrated local times are in
     */
    public static List<TimeExpression> resolve(String text, LocalDate reference, ZoneId zone) {
        return resolve(text, reference, zone, true);
    }

    /** As {@link #resolve(String, LocalDate, ZoneId)}; without the prefilter only to test that it changes nothing. */
    static List<TimeExpression> resolve(String text, LocalDate reference, ZoneId zone, boolean prefilter) {
        ReferenceDay ctx = new ReferenceDay(reference, zone);
        List<TimeAtom> atoms = longestFirst(findAtoms(text, ctx, prefilter));
        return TimeAtomJoiner.join(text, atoms, ctx);
    }

    /**
     * Only the expressions that need no reference date: they name their own year ("8 juni 2024 om 23.40 uur",
     * "in de zomer van 2023") and none of the relative ones ("gisteren", "8 juni"). For texts whose own date is
     * unknown.
     */
    public static List<TimeExpression> resolveAbsolute(String text, ZoneId zone) {
        // Two far-apart references: an expression that resolves the same against both depends on neither. The text
        // is scanned once; each match is read against both.
        ReferenceDay first = new ReferenceDay(LocalDate.of(2999, 12, 31), zone);
        ReferenceDay second = new ReferenceDay(LocalDate.of(2998, 6, 30), zone);
        List<List<TimeAtom>> atoms = findAtoms(text, List.of(first, second), true);
        List<TimeExpression> a = TimeAtomJoiner.join(text, longestFirst(atoms.get(0)), first);
        List<TimeExpression> b = TimeAtomJoiner.join(text, longestFirst(atoms.get(1)), second);
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : a) {
            if (e.dayKnown() && b.stream().anyMatch(o -> o.start() == e.start() && o.end() == e.end()
                    && o.time().equals(e.time()))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A pattern for one kind of expression, with a necessary condition on the text ({@code mayMatch}): words or a
     * digit that every match contains. Scanning a paragraph with some 25 case-insensitive patterns is the costly
     * part of reading a report, and most paragraphs hold no time at all; the condition lets them skip a pattern
     * without changing what is found ({@code DutchTimeResolverProperties} checks that it never does). Where the
     * condition holds, the pattern is tried only at word starts whose character can begin a match ({@code starts};
     * every pattern begins a word, see {@link StartCharFinder}), which finds what {@code find()} finds
     * ({@code TimeRecogniserStartsProperties}).
     */
    record Recogniser(Pattern pattern, StartCharFinder.Starts starts, java.util.function.Predicate<Probe> mayMatch,
                      BiFunction<Matcher, ReferenceDay, TimeAtom> atom) {
        Recogniser(StartCharFinder.Starts starts, String regex, java.util.function.Predicate<Probe> mayMatch,
                   BiFunction<Matcher, ReferenceDay, TimeAtom> atom) {
            this(Pattern.compile(regex, FLAGS), starts, mayMatch, atom);
        }

        StartCharFinder finder(String text) {
            return new StartCharFinder(pattern, text, starts);
        }
    }

    /**
     * The text folded as case-insensitive matching folds it (upper, then lower case), whether it has a digit, and
     * whether a digit is directly followed by one of {@code - / . :} and another digit (dates, clock times).
     */
    record Probe(String folded, boolean digit, boolean dateDigits, boolean clockDigits, boolean[] present) {
        /**
         * The words the prefilters ask for, looked for in one pass over the text: asking {@code String.contains} of
         * each, recogniser by recogniser, was a fifth of the resolver's time. A word not listed here is still
         * answered, by {@code contains}.
         */
        private static final String[] KEYWORDS = {"19", "20", "afgelopen", "apr", "april", "aug", "augustus", "avond",
            "begin", "dag", "dec", "december", "eind", "feb", "februari", "geleden", "gister", "half", "herfst", "j.l.",
            "jaar", "jan", "januari", "jl.", "jongstleden", "jul", "juli", "jun", "juni", "kwart", "lente", "maand",
            "maart", "medio", "mei", "middag", "midden", "morgen", "mrt", "nacht", "najaar", "nov", "november",
            "ochtend", "okt", "oktober", "over", "sedert", "sep", "september", "sinds", "t/m", "tien", "tot", "tussen",
            "uur", "van", "vanaf", "vanavond", "vandaag", "vanmiddag", "vanmorgen", "vannacht", "vanochtend", "vijf",
            "voor", "voorjaar", "vorig", "vorige", "week", "weekend", "winter", "zomer"};
        private static final Map<String, Integer> INDEX = new java.util.HashMap<>();
        /** Keyword numbers by first character (all keywords are ASCII). */
        private static final int[][] BY_FIRST = new int[128][];

        static {
            List<List<Integer>> byFirst = new ArrayList<>();
            for (int c = 0; c < 128; c++) {
                byFirst.add(new ArrayList<>());
            }
            for (int k = 0; k < KEYWORDS.length; k++) {
                INDEX.put(KEYWORDS[k], k);
                byFirst.get(KEYWORDS[k].charAt(0)).add(k);
            }
            for (int c = 0; c < 128; c++) {
                BY_FIRST[c] = byFirst.get(c).isEmpty() ? null : byFirst.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }

        static Probe of(String text) {
            boolean digit = false;
            boolean date = false;
            boolean clock = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                    if (i + 2 < text.length() && isDigit(text.charAt(i + 2))) {
                        char sep = text.charAt(i + 1);
                        date |= sep == '-' || sep == '/' || sep == '.';
                        clock |= sep == '.' || sep == ':';
                    }
                }
            }
            String folded = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            boolean[] present = new boolean[KEYWORDS.length];
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                int[] candidates = c < 128 ? BY_FIRST[c] : null;
                if (candidates != null) {
                    for (int k : candidates) {
                        present[k] |= folded.startsWith(KEYWORDS[k], i);
                    }
                }
            }
            return new Probe(folded, digit, date, clock, present);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        boolean has(String... anyOf) {
            for (String w : anyOf) {
                Integer k = INDEX.get(w);
                if (k != null ? present[k] : folded.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** A month name or abbreviation ("maart" has no shorter common form). */
        boolean month() {
            return has("jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
        }

        /** A year of the patterns: 19xx or 20xx. */
        boolean year() {
            return digit && has("19", "20");
        }

        /** A date: a day and a month name, or digits with date separators. */
        boolean date() {
            return digit && (dateDigits || month());
        }

        /**
         * A clock time: digits with a colon or dot, or "uur"; a word clock is one only with "uur", "kwart", "half"
         * or "vijf/tien over/voor".
         */
        boolean clock() {
            return clockDigits || has("uur", "kwart", "half") || has("vijf", "tien") && has("over", "voor");
        }
    }

    static final List<Recogniser> RECOGNISERS = TimeRecognisers.ALL;

    private static List<TimeAtom> findAtoms(String text, ReferenceDay ctx, boolean prefilter) {
        return findAtoms(text, List.of(ctx), prefilter).get(0);
    }

    /** The atoms of {@code text} read against each context, from one scan of the text. */
    private static List<List<TimeAtom>> findAtoms(String text, List<ReferenceDay> contexts, boolean prefilter) {
        List<List<TimeAtom>> found = new ArrayList<>(contexts.size());
        for (int i = 0; i < contexts.size(); i++) {
            found.add(new ArrayList<>());
        }
        Probe probe = prefilter ? Probe.of(text) : null;
        for (Recogniser r : RECOGNISERS) {
            if (probe != null && !r.mayMatch().test(probe)) {
                continue;
            }
            StartCharFinder f = r.finder(text);
            while (f.find()) {
                Matcher m = f.matcher();
                if (m.end() == m.start()) {
                    continue;
                }
                for (int i = 0; i < contexts.size(); i++) {
                    TimeAtom a;
                    try {
                        a = r.atom().apply(m, contexts.get(i));
                    } catch (DateTimeException | NumberFormatException e) {
                        a = null; // "31 februari", "25.70 uur": not a time
                    }
                    if (a != null) {
                        found.get(i).add(a);
                    }
                }
            }
        }
        return found;
    }

    /** Where recognisers overlap, the longest match wins ("nacht van 7 op 8 juni" over "8 juni"). */
    private static List<TimeAtom> longestFirst(List<TimeAtom> atoms) {
        List<TimeAtom> byLength = new ArrayList<>(atoms);
        byLength.sort(Comparator.comparingInt(TimeAtom::length).reversed().thenComparingInt(TimeAtom::start));
        List<TimeAtom> kept = new ArrayList<>();
        for (TimeAtom a : byLength) {
            if (kept.stream().noneMatch(k -> a.start() < k.end() && k.start() < a.end())) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparingInt(TimeAtom::start));
        return kept;
    }

    /** A full date as written; without a year, the latest year not after {@code ref}. Null when invalid. */
    static LocalDate parseDate(String s, LocalDate ref) {
        return DutchTimeGrammar.parseDate(s, ref);
    }
}
