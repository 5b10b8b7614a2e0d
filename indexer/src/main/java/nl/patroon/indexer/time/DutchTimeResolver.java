package nl.patroon.indexer.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
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
 */
public final class DutchTimeResolver {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String WEEKDAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";
    private static final String MONTH_WORD = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
            + "|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)";
    private static final String MONTH = MONTH_WORD + "\\b\\.?";
    private static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";
    private static final String PART_WORD = "(?:ochtend|morgen|middag|avond|nacht)";
    private static final String TEXT_DATE = "(?:" + WEEKDAY + PART_WORD + "?\\s*,?\\s+)?(?:de\\s+)?\\d{1,2}(?:e|ste|de)?\\s+"
            + MONTH + "(?:\\s+" + YEAR + ")?";
    private static final String NUM_DATE = "(?:" + WEEKDAY + PART_WORD + "?\\s*,?\\s+)?(?<![\\d/.\\-])(?:\\d{1,2}-\\d{1,2}-(?:\\d{4}|\\d{2})"
            + "|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?![\\d/\\-]|\\.\\d)";
    private static final String ISO_DATE = "(?<![\\d\\-])\\d{4}-\\d{2}-\\d{2}(?![\\d\\-])";
    private static final String DATE = "(?:" + TEXT_DATE + "|" + NUM_DATE + "|" + ISO_DATE + ")";

    private static final String HOUR_WORD = "(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d{1,2})";
    private static final String CLOCK = "(?:\\d{1,2}[.:]\\d{2}(?:\\s?uur\\b|\\s?u\\b)?|\\d{1,2}\\s?uur\\b"
            + "|(?:(?:kwart|vijf|tien)\\s+(?:over|voor)\\s+)?(?:half\\s+)?" + HOUR_WORD + "\\b(?:\\s+uur\\b)?)";
    private static final String PART_SUFFIX = "(?:\\s+(?:['’‘`]s[\\s-]?(?:ochtends|morgens|middags|avonds|nachts)"
            + "|in\\s+de\\s+(?:ochtend|morgen|middag|avond|nacht)))";
    private static final String QUALIFIER = "(?:omstreeks|rondom|rond|tegen|ongeveer|circa|ca\\.|(?:even|kort|iets|net)"
            + "\\s+(?:na|voor)|om)";
    private static final String NUMBER_WORD = "(?:\\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)";

    private static final Pattern P_TEXT_DATE = Pattern.compile("(?:(?<wd>" + WEEKDAY + ")" + PART_WORD + "?\\s*,?\\s+)?(?:de\\s+)?"
            + "(?<d>\\d{1,2})(?:e|ste|de)?\\s+(?<mon>" + MONTH_WORD + ")\\b\\.?(?:\\s+(?<y>\\d{4}))?", FLAGS);
    private static final Pattern P_NUM_DATE = Pattern.compile("(?:(?<wd>" + WEEKDAY + ")" + PART_WORD + "?\\s*,?\\s+)?"
            + "(?<d>\\d{1,2})[-/.](?<m>\\d{1,2})[-/.](?<y>\\d{4}|\\d{2})", FLAGS);
    private static final Pattern P_WEEKDAY_PART = Pattern.compile("^" + WEEKDAY + "(?<p>" + PART_WORD + ")", FLAGS);
    private static final Pattern P_HAS_YEAR = Pattern.compile("\\d[-/.]\\d{1,2}[-/.]\\d{2,4}|\\b\\d{4}\\b");
    private static final Pattern P_ISO_DATE = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
    private static final Pattern P_PARTIAL_DATE = Pattern.compile("(?:(?<wd>" + WEEKDAY + ")\\s*,?\\s+)?(?:de\\s+)?"
            + "(?<d>\\d{1,2})(?:e|ste|de)?(?:\\s+(?<mon>" + MONTH_WORD + ")\\b\\.?)?", FLAGS);
    private static final Pattern P_CLOCK_DIGITS = Pattern.compile("(\\d{1,2})([.:])(\\d{2})(\\s?(?:uur|u))?", FLAGS);
    private static final Pattern P_CLOCK_HOUR = Pattern.compile("(\\d{1,2})\\s?uur", FLAGS);
    private static final Pattern P_CLOCK_WORDS = Pattern.compile("(?:(kwart|vijf|tien)\\s+(over|voor)\\s+)?(half\\s+)?("
            + HOUR_WORD + ")(\\s+uur)?", FLAGS);

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("een", 1), Map.entry("één", 1),
            Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5),
            Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9),
            Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12));

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
        Context ctx = new Context(reference, zone);
        List<Atom> atoms = longestFirst(findAtoms(text, ctx, prefilter));
        return join(text, atoms, ctx);
    }

    /**
     * Only the expressions that need no reference date: they name their own year ("8 juni 2024 om 23.40 uur",
     * "in de zomer van 2023") and none of the relative ones ("gisteren", "8 juni"). For texts whose own date is
     * unknown.
     */
    public static List<TimeExpression> resolveAbsolute(String text, ZoneId zone) {
        // Two far-apart references: an expression that resolves the same against both depends on neither. The text
        // is scanned once; each match is read against both.
        Context first = new Context(LocalDate.of(2999, 12, 31), zone);
        Context second = new Context(LocalDate.of(2998, 6, 30), zone);
        List<List<Atom>> atoms = findAtoms(text, List.of(first, second), true);
        List<TimeExpression> a = join(text, longestFirst(atoms.get(0)), first);
        List<TimeExpression> b = join(text, longestFirst(atoms.get(1)), second);
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression e : a) {
            if (e.dayKnown() && b.stream().anyMatch(o -> o.start() == e.start() && o.end() == e.end()
                    && o.time().equals(e.time()))) {
                out.add(e);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- atoms

    private enum Type { DAY, TIME, TIME_RANGE, PART, PERIOD, SINCE, AFTER }

    private record Context(LocalDate ref, ZoneId zone) {
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

    /** A recognised piece; which fields are set depends on the type. Clock strings are parsed when joined. */
    private record Atom(int start, int end, Type type, LocalDate day, DayPart part, String clockA, DayPart partA,
                        String clockB, DayPart partB, boolean approximate, EventTime period) {
        int length() {
            return end - start;
        }

        static Atom day(Matcher m, LocalDate day, DayPart part) {
            return new Atom(m.start(), m.end(), Type.DAY, day, part, null, null, null, null, false, null);
        }

        static Atom period(Matcher m, EventTime period) {
            return new Atom(m.start(), m.end(), Type.PERIOD, null, null, null, null, null, null, false, period);
        }
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
                      BiFunction<Matcher, Context, Atom> atom) {
        Recogniser(StartCharFinder.Starts starts, String regex, java.util.function.Predicate<Probe> mayMatch,
                   BiFunction<Matcher, Context, Atom> atom) {
            this(Pattern.compile(regex, FLAGS), starts, mayMatch, atom);
        }

        StartCharFinder finder(String text) {
            return new StartCharFinder(pattern, text, starts);
        }
    }

    /** The lower-case letters a match can start with and whether a digit can; always at a word start. */
    private static StartCharFinder.Starts starts(String chars, boolean digits) {
        return new StartCharFinder.Starts(chars, digits, true);
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

    private static final String[] PART_WORDS = {"ochtend", "morgen", "middag", "avond", "nacht"};
    private static final String[] SEASONS = {"zomer", "lente", "voorjaar", "herfst", "najaar", "winter"};

    static final List<Recogniser> RECOGNISERS = List.of(
            // days
            new Recogniser(starts("mdwvz", true), "(?<![\\p{L}\\d])" + DATE,
                    Probe::date, (m, c) -> {
                LocalDate d = parseDate(m.group(), c.ref());
                Matcher wp = P_WEEKDAY_PART.matcher(m.group());
                DayPart part = wp.find() ? weekdayPart(wp.group("p")) : null; // "dinsdagavond 12 maart 2024"
                return d == null ? null : Atom.day(m, d, part);
            }),
            new Recogniser(starts("veg", false), "\\b(?<w>vandaag|eergisteren|gisteren|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht"
                    + "|gisterochtend|gistermorgen|gistermiddag|gisteravond|gisternacht|eergisteravond)\\b",
                    p -> p.has("vandaag", "gister", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht"),
                    DutchTimeResolver::relativeDay),
            new Recogniser(starts("avj", false), "\\b(?:afgelopen|vorige|jongstleden)\\s+(?<wd>" + WEEKDAY + ")(?<p>ochtend|morgen|middag|avond|nacht)?\\b",
                    p -> p.has("dag") && p.has("afgelopen", "vorige", "jongstleden"),
                    (m, c) -> lastWeekday(m, c, false)),
            new Recogniser(starts("mdwvz", false), "\\b(?<wd>" + WEEKDAY + ")(?<p>ochtend|morgen|middag|avond|nacht)?\\s+(?:jl\\.|j\\.l\\.|jongstleden)",
                    p -> p.has("dag") && p.has("jl.", "j.l.", "jongstleden"),
                    (m, c) -> lastWeekday(m, c, false)),
            new Recogniser(starts("va", false), "\\b(?:vorige|afgelopen)\\s+week\\s+(?<wd>" + WEEKDAY + ")(?<p>ochtend|morgen|middag|avond|nacht)?\\b",
                    p -> p.has("dag") && p.has("week") && p.has("vorige", "afgelopen"),
                    (m, c) -> lastWeekday(m, c, true)),
            // clock times
            new Recogniser(starts("ortcekinvhédza", true), "(?<![\\p{L}\\d.:])(?:(?<q>" + QUALIFIER + ")(?:\\s+om)?\\s+)?(?<c>" + CLOCK + ")(?<p>" + PART_SUFFIX + ")?",
                    Probe::clock,
                    DutchTimeResolver::clockTime),
            new Recogniser(starts("t", false), "(?<![\\p{L}\\d.:])tussen\\s+(?<a>" + CLOCK + ")(?<ap>" + PART_SUFFIX + ")?\\s+en\\s+(?<b>" + CLOCK
                    + ")(?<bp>" + PART_SUFFIX + ")?",
                    p -> p.has("tussen") && p.clock(), DutchTimeResolver::clockRange),
            new Recogniser(starts("v", false), "(?<![\\p{L}\\d.:])van(?:af)?\\s+(?<a>" + CLOCK + ")(?<ap>" + PART_SUFFIX + ")?\\s+(?:tot(?:\\s+en\\s+met)?|t/m)\\s+(?<b>"
                    + CLOCK + ")(?<bp>" + PART_SUFFIX + ")?",
                    p -> p.has("van") && p.has("tot", "t/m") && p.clock(), DutchTimeResolver::clockRange),
            new Recogniser(starts("'’‘`i", false), "(?<![\\p{L}\\d])(?:['’‘`]s[\\s-]?(?<a>ochtends|morgens|middags|avonds|nachts)|in\\s+de\\s+(?<b>ochtend|morgen|middag|avond|nacht))\\b",
                    p -> p.has(PART_WORDS),
                    (m, c) -> new Atom(m.start(), m.end(), Type.PART, null,
                            DayPart.of(m.group("a") != null ? m.group("a") : m.group("b")),
                            null, null, null, null, false, null)),
            // periods
            new Recogniser(starts("idn", false), "\\b(?:in\\s+)?(?:de\\s+)?nacht\\s+van\\s+(?:" + WEEKDAY + "\\s+)?(?<d1>\\d{1,2})(?:\\s+" + MONTH
                    + ")?(?:\\s+" + YEAR + ")?\\s+op\\s+(?<to>" + TEXT_DATE + ")",
                    p -> p.has("nacht") && p.digit() && p.month(), DutchTimeResolver::namedNight),
            new Recogniser(starts("idhzlvnw", false), "\\b(?:(?:in\\s+)?(?:de|het)\\s+)?(?<s>zomer|lente|voorjaar|herfst|najaar|winter)(?:\\s+van)?\\s+(?<y>"
                    + YEAR + ")(?:\\s*[/-]\\s*(?<y2>" + YEAR + "))?",
                    p -> p.year() && p.has(SEASONS), DutchTimeResolver::season),
            new Recogniser(starts("idhav", false), "\\b(?:(?:in\\s+)?(?:de|het)\\s+)?(?:afgelopen|vorige|vorig)\\s+(?<s>zomer|lente|voorjaar|herfst|najaar|winter)\\b",
                    p -> p.has(SEASONS) && p.has("afgelopen", "vorig"),
                    DutchTimeResolver::lastSeason),
            // "in de zomer", "sinds het voorjaar" without a year: the last such season that is over by the reference day
            new Recogniser(starts("itdh", false), "\\b(?:(?:in|tijdens)\\s+)?(?:de|het)\\s+(?<s>zomer|lente|voorjaar|herfst|najaar|winter)\\b"
                    + "(?!\\s+(?:van\\s+)?(?:19|20)\\d{2})",
                    p -> p.has(SEASONS), DutchTimeResolver::lastSeason),
            new Recogniser(starts("bmhe", false), "\\b(?<p>begin|medio|midden|half|eind|einde)\\s+(?<mon>" + MONTH_WORD + ")\\b\\.?(?:\\s+(?<y>" + YEAR + "))?",
                    p -> p.has("begin", "medio", "midden", "half", "eind"),
                    DutchTimeResolver::partOfMonth),
            new Recogniser(starts("bme", false), "\\b(?<p>begin|medio|midden|eind|einde)\\s+(?<y>" + YEAR + ")",
                    p -> p.year() && p.has("begin", "medio", "midden", "eind"), DutchTimeResolver::partOfYear),
            new Recogniser(starts("ijfmasond", false), "(?<!\\d\\s{0,3})\\b(?:in\\s+)?(?<mon>" + MONTH_WORD + ")\\b\\.?\\s+(?<y>" + YEAR + ")",
                    p -> p.year() && p.month(), (m, c) -> {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y")), month(m.group("mon")));
                return Atom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
            }),
            new Recogniser(starts("i", false), "\\bin\\s+(?<mon>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\b",
                    p -> p.has("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
                    (m, c) -> {
                        YearMonth ym = YearMonth.of(c.ref().getYear(), month(m.group("mon")));
                        ym = ym.atDay(1).isAfter(c.ref()) ? ym.minusYears(1) : ym;
                        return Atom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
                    }),
            new Recogniser(starts("igh", false), "\\b(?:in|gedurende|heel)\\s+(?:het\\s+jaar\\s+)?(?<y>" + YEAR + ")(?![-/.]\\d)",
                    Probe::year, (m, c) -> {
                int y = Integer.parseInt(m.group("y"));
                return Atom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }),
            // a bare year after "sinds": the year itself, joined with the "sinds" before it (an open-ended period)
            new Recogniser(starts("", true), "\\b(?<=\\b(?:sinds|vanaf|sedert)(?:\\s{1,3}(?:ongeveer|circa|ca\\.))?\\s{1,3})(?<y>" + YEAR
                    + ")(?![-/.]\\d)",
                    p -> p.year() && p.has("sinds", "vanaf", "sedert"), (m, c) -> {
                int y = Integer.parseInt(m.group("y"));
                return Atom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }),
            // "na de zomer van 2023", "na afloop van februari 2024": joined with the period after it
            new Recogniser(starts("n", false), "\\bna(?:\\s+afloop\\s+van)?\\b",
                    p -> p.has("na"), (m, c) ->
                    new Atom(m.start(), m.end(), Type.AFTER, null, null, null, null, null, null, false, null)),
            new Recogniser(starts("sv", false), "\\b(?:sinds|vanaf|sedert)(?:\\s+(?:ongeveer|circa|ca\\.))?",
                    p -> p.has("sinds", "vanaf", "sedert"), (m, c) ->
                    new Atom(m.start(), m.end(), Type.SINCE, null, null, null, null, null, null, false, null)),
            new Recogniser(starts("idvt", false), "\\b(?:(?:in\\s+)?de\\s+periode\\s+)?(?:van(?:af)?|tussen)\\s+(?<a>" + DATE + "|(?:" + WEEKDAY
                    + "\\s*,?\\s+)?\\d{1,2}(?:e|ste|de)?(?:\\s+" + MONTH + ")?)\\s+(?<op>tot\\s+en\\s+met|t/m|tot|en)\\s+(?<b>"
                    + DATE + ")",
                    p -> p.date() && p.has("van", "tussen"), DutchTimeResolver::dateRange),
            new Recogniser(starts("hiav", false), "\\b(?:(?:het|in\\s+het)\\s+)?(?:afgelopen|vorig|vorige)\\s+weekend\\b",
                    p -> p.has("weekend"), (m, c) -> {
                LocalDate saturday = c.ref().with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                return Atom.period(m, c.days(saturday, saturday.plusDays(1)));
            }),
            // "in de nacht van zaterdag op zondag": the latest such night that has ended by the reference day
            new Recogniser(starts("idan", false), "\\b(?:(?:in\\s+)?de\\s+)?(?:afgelopen\\s+)?nacht\\s+van\\s+(?<wd1>" + WEEKDAY + ")\\s+op\\s+(?<wd2>"
                    + WEEKDAY + ")\\b(?!\\s+\\d)",
                    p -> p.has("nacht") && p.has("dag"), (m, c) -> {
                DayOfWeek first = weekday(m.group("wd1"));
                if (first.plus(1) != weekday(m.group("wd2"))) {
                    return null;
                }
                LocalDate evening = c.ref().minusDays(1).with(TemporalAdjusters.previousOrSame(first));
                return Atom.period(m, partOf(evening, DayPart.NIGHT_AFTER, c));
            }),
            new Recogniser(starts("va", false), "\\b(?:vorige|afgelopen)\\s+week\\b",
                    p -> p.has("week"), (m, c) -> {
                LocalDate monday = c.ref().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return Atom.period(m, c.days(monday, monday.plusDays(6)));
            }),
            new Recogniser(starts("va", false), "\\b(?:vorige|afgelopen)\\s+maand\\b",
                    p -> p.has("maand"), (m, c) -> {
                YearMonth ym = YearMonth.from(c.ref()).minusMonths(1);
                return Atom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
            }),
            new Recogniser(starts("va", false), "\\b(?:vorig|afgelopen)\\s+jaar\\b",
                    p -> p.has("jaar"), (m, c) -> {
                int y = c.ref().getYear() - 1;
                return Atom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }),
            new Recogniser(starts("ocrbzeétdvan", true), "\\b(?:(?:ongeveer|circa|ruim|bijna|zo['’]n)\\s+)?(?<n>" + NUMBER_WORD
                    + ")\\s+(?<u>dagen|dag|weken|week|maanden|maand|jaren|jaar)\\s+geleden\\b",
                    p -> p.has("geleden"), DutchTimeResolver::ago));

    private static List<Atom> findAtoms(String text, Context ctx, boolean prefilter) {
        return findAtoms(text, List.of(ctx), prefilter).get(0);
    }

    /** The atoms of {@code text} read against each context, from one scan of the text. */
    private static List<List<Atom>> findAtoms(String text, List<Context> contexts, boolean prefilter) {
        List<List<Atom>> found = new ArrayList<>(contexts.size());
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
                    Atom a;
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
    private static List<Atom> longestFirst(List<Atom> atoms) {
        List<Atom> byLength = new ArrayList<>(atoms);
        byLength.sort(Comparator.comparingInt(Atom::length).reversed().thenComparingInt(Atom::start));
        List<Atom> kept = new ArrayList<>();
        for (Atom a : byLength) {
            if (kept.stream().noneMatch(k -> a.start() < k.end() && k.start() < a.end())) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparingInt(Atom::start));
        return kept;
    }

    // ---------------------------------------------------------------- joining

    /** Between a day and its time: nothing, a comma, or the place as reports write it ("te Rotterdam", "te [plaats]"). */
    private static final Pattern GAP_DAY_TIME = Pattern.compile(
            "[\\s,]*(?:[Tt]e\\s+(?:\\[[^\\]]{1,40}\\]|\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)[\\s,]*)?");
    private static final Pattern GAP_NONE = Pattern.compile("[\\s,]*");
    private static final Pattern GAP_TIME_DAY = Pattern.compile("[\\s,]*(?:(?:op|van)\\s+)?", FLAGS);

    private static List<TimeExpression> join(String text, List<Atom> atoms, Context ctx) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            Atom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
            String gap = next == null ? null : text.substring(a.end(), next.start());
            boolean timeLike = a.type() == Type.TIME || a.type() == Type.TIME_RANGE || a.type() == Type.PART;
            if (a.type() == Type.SINCE && next != null && GAP_NONE.matcher(gap).matches()
                    && (next.type() == Type.DAY || next.type() == Type.PERIOD)) {
                EventTime from = standalone(next, ctx);
                if (from != null && !from.start().toLocalDate().isAfter(ctx.ref())) {
                    out.add(new TimeExpression(a.start(), next.end(), text.substring(a.start(), next.end()),
                            new EventTime(from.start(), ctx.endOf(ctx.ref()), TimePrecision.INTERVAL), true, from));
                }
                i++;
            } else if (a.type() == Type.AFTER && next != null && next.type() == Type.PERIOD
                    && GAP_NONE.matcher(gap).matches()) {
                EventTime after = following(next.period(), ctx);
                if (!after.start().toLocalDate().isAfter(ctx.ref())) {
                    out.add(new TimeExpression(a.start(), next.end(), text.substring(a.start(), next.end()),
                            new EventTime(after.start(), ctx.endOf(ctx.ref()), TimePrecision.INTERVAL), true, after));
                }
                i++;
            } else if (a.type() == Type.DAY && next != null && GAP_DAY_TIME.matcher(gap).matches()
                    && (next.type() == Type.TIME || next.type() == Type.TIME_RANGE || next.type() == Type.PART)) {
                add(out, text, a.start(), next.end(), onDay(a, next, ctx), true);
                i++;
            } else if (timeLike && next != null && next.type() == Type.DAY && GAP_TIME_DAY.matcher(gap).matches()) {
                add(out, text, a.start(), next.end(), onDay(next, a, ctx), true);
                i++;
            } else if (a.type() == Type.TIME || a.type() == Type.TIME_RANGE) {
                // A bare clock time: its day is the reference until a caller knows better (dayKnown = false).
                Atom today = new Atom(a.start(), a.end(), Type.DAY, ctx.ref(), null, null, null, null, null, false, null);
                add(out, text, a.start(), a.end(), onDay(today, a, ctx), false);
            } else {
                add(out, text, a.start(), a.end(), standalone(a, ctx), true);
            }
        }
        return out;
    }

    /**
     * The period that follows {@code period}, as long as it: after a season the next three months, after a month
     * the next, after a year the next year ("na de zomer van 2023": September to November 2023).
     */
    private static EventTime following(EventTime period, Context ctx) {
        LocalDate first = period.start().toLocalDate();
        LocalDate last = period.end().toLocalDate();
        LocalDate next = last.plusDays(1);
        if (first.getDayOfMonth() == 1 && next.getDayOfMonth() == 1) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(next));
            return ctx.days(next, next.plusMonths(months).minusDays(1));
        }
        return ctx.days(next, next.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, next) - 1));
    }

    private static void add(List<TimeExpression> out, String text, int start, int end, EventTime time, boolean dayKnown) {
        if (time != null) {
            out.add(expression(text, start, end, time, dayKnown));
        }
    }

    private static TimeExpression expression(String text, int start, int end, EventTime time, boolean dayKnown) {
        return new TimeExpression(start, end, text.substring(start, end), time, dayKnown);
    }

    /** What an atom means on its own; null for pieces that say nothing alone ("'s avonds", "sinds"). */
    private static EventTime standalone(Atom a, Context ctx) {
        switch (a.type()) {
            case PERIOD:
                return a.period();
            case DAY:
                return a.part() == null
                        ? new EventTime(ctx.startOf(a.day()), ctx.endOf(a.day()), TimePrecision.DAY)
                        : partOf(a.day(), a.part(), ctx);
            default:
                return null;
        }
    }

    private static EventTime partOf(LocalDate day, DayPart part, Context ctx) {
        LocalDate endDay = part == DayPart.NIGHT_AFTER ? day.plusDays(1) : day;
        return new EventTime(ctx.at(day, part.from), ctx.at(endDay, part.to), TimePrecision.INTERVAL);
    }

    /** A day atom joined with a clock time, a time range or a day part. */
    private static EventTime onDay(Atom day, Atom time, Context ctx) {
        DayPart dayPart = day.part();
        switch (time.type()) {
            case PART:
                return partOf(day.day(), dayPart != null ? dayPart : time.part(), ctx);
            case TIME: {
                DayPart part = time.partA() != null ? time.partA() : dayPart;
                LocalTime t = clock(time.clockA(), part, true);
                LocalDate d = part == DayPart.NIGHT_AFTER && t.getHour() < 12 ? day.day().plusDays(1) : day.day();
                ZonedDateTime at = ctx.at(d, t);
                return EventTime.at(at, time.approximate() ? TimePrecision.APPROXIMATE : TimePrecision.MINUTE);
            }
            case TIME_RANGE: {
                DayPart partB = time.partB() != null ? time.partB() : dayPart;
                DayPart partA = time.partA() != null ? time.partA() : partB;
                LocalTime a = clock(time.clockA(), partA, true);
                LocalTime b = clock(time.clockB(), partB, true);
                LocalDate d = partA == DayPart.NIGHT_AFTER && a.getHour() < 12 ? day.day().plusDays(1) : day.day();
                ZonedDateTime start = ctx.at(d, a);
                ZonedDateTime end = ctx.at(b.isBefore(a) ? d.plusDays(1) : d, b); // "tussen 23.30 en 00.30 uur"
                return new EventTime(start, end, TimePrecision.INTERVAL);
            }
            default:
                return standalone(day, ctx);
        }
    }

    // ---------------------------------------------------------------- recognisers

    private static Atom relativeDay(Matcher m, Context c) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        LocalDate ref = c.ref();
        LocalDate day = w.startsWith("eergister") ? ref.minusDays(2) : w.startsWith("gister") ? ref.minusDays(1) : ref;
        DayPart part = w.endsWith("nacht") ? DayPart.NIGHT_AFTER : DayPart.of(w.replaceFirst("^(eergister|gister|van)", ""));
        if (w.equals("vannacht")) {
            day = ref.minusDays(1); // the night that just ended: from yesterday evening into the reference day
        }
        return Atom.day(m, day, part);
    }

    private static Atom lastWeekday(Matcher m, Context c, boolean previousWeek) {
        DayOfWeek wd = weekday(m.group("wd"));
        LocalDate day;
        if (previousWeek) {
            day = c.ref().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                    .plusDays(wd.getValue() - 1L);
        } else {
            day = c.ref().with(TemporalAdjusters.previous(wd)); // "afgelopen vrijdag" on a Friday is a week ago
        }
        return Atom.day(m, day, weekdayPart(m.group("p")));
    }

    /** The day part of a compound with a weekday: "vrijdagavond"; "zaterdagnacht" is the night after Saturday. */
    private static DayPart weekdayPart(String p) {
        return p == null ? null : p.equalsIgnoreCase("nacht") ? DayPart.NIGHT_AFTER : DayPart.of(p);
    }

    private static Atom clockTime(Matcher m, Context c) {
        String q = m.group("q");
        DayPart part = DayPart.of(m.group("p"));
        // "een uur later", "twee uur gewacht" are durations: a whole hour is a time of day only with om/rond/…
        // or a day part ("tien uur 's avonds")
        boolean qualified = q != null || part != null;
        if (clock(m.group("c"), part, qualified) == null) {
            return null;
        }
        boolean approximate = q != null && !q.equalsIgnoreCase("om"); // "tien uur 's avonds": exact
        return new Atom(m.start(), m.end(), Type.TIME, null, null, m.group("c"), part, null, null, approximate, null);
    }

    private static Atom clockRange(Matcher m, Context c) {
        DayPart pa = DayPart.of(m.group("ap"));
        DayPart pb = DayPart.of(m.group("bp"));
        if (clock(m.group("a"), pa != null ? pa : pb, true) == null || clock(m.group("b"), pb, true) == null) {
            return null;
        }
        return new Atom(m.start(), m.end(), Type.TIME_RANGE, null, null, m.group("a"), pa, m.group("b"), pb, false, null);
    }

    private static Atom namedNight(Matcher m, Context c) {
        LocalDate to = parseDate(m.group("to"), c.ref());
        if (to == null || to.minusDays(1).getDayOfMonth() != Integer.parseInt(m.group("d1"))) {
            return null;
        }
        return Atom.period(m, partOf(to.minusDays(1), DayPart.NIGHT_AFTER, c));
    }

    private static Atom season(Matcher m, Context c) {
        int y = Integer.parseInt(m.group("y"));
        String s = m.group("s").toLowerCase(Locale.ROOT);
        if (m.group("y2") != null) {
            // "winter 2022/2023": from December of the first year
            return s.equals("winter") ? Atom.period(m, winter(y, c)) : null;
        }
        if (s.equals("winter")) {
            // "de winter van 2023" is said of Jan–Feb 2023 and of Dec 2023–Feb 2024 alike: keep both.
            return Atom.period(m, c.days(LocalDate.of(y - 1, 12, 1), YearMonth.of(y + 1, 2).atEndOfMonth()));
        }
        return Atom.period(m, seasonOf(s, y, c));
    }

    private static Atom lastSeason(Matcher m, Context c) {
        String s = m.group("s").toLowerCase(Locale.ROOT);
        for (int y = c.ref().getYear(); ; y--) {
            EventTime t = s.equals("winter") ? winter(y - 1, c) : seasonOf(s, y, c);
            if (t.end().toLocalDate().isBefore(c.ref())) {
                return Atom.period(m, t); // "afgelopen zomer": the last summer that is over
            }
        }
    }

    private static EventTime winter(int decemberYear, Context c) {
        return c.days(LocalDate.of(decemberYear, 12, 1), YearMonth.of(decemberYear + 1, 2).atEndOfMonth());
    }

    private static EventTime seasonOf(String s, int y, Context c) {
        int first = s.equals("lente") || s.equals("voorjaar") ? 3 : s.equals("zomer") ? 6 : 9;
        return c.days(LocalDate.of(y, first, 1), YearMonth.of(y, first + 2).atEndOfMonth());
    }

    private static Atom partOfMonth(Matcher m, Context c) {
        int month = month(m.group("mon"));
        String p = m.group("p").toLowerCase(Locale.ROOT);
        int firstDay = p.startsWith("begin") ? 1 : p.startsWith("eind") ? 21 : 11;
        YearMonth ym;
        if (m.group("y") != null) {
            ym = YearMonth.of(Integer.parseInt(m.group("y")), month);
        } else {
            ym = YearMonth.of(c.ref().getYear(), month);
            ym = ym.atDay(firstDay).isAfter(c.ref()) ? ym.minusYears(1) : ym;
        }
        LocalDate last = p.startsWith("eind") ? ym.atEndOfMonth() : ym.atDay(firstDay + 9);
        return Atom.period(m, c.days(ym.atDay(firstDay), last));
    }

    private static Atom partOfYear(Matcher m, Context c) {
        int y = Integer.parseInt(m.group("y"));
        String p = m.group("p").toLowerCase(Locale.ROOT);
        int first = p.startsWith("begin") ? 1 : p.startsWith("eind") ? 9 : 5;
        return Atom.period(m, c.days(LocalDate.of(y, first, 1), YearMonth.of(y, first + 3).atEndOfMonth()));
    }

    private static Atom dateRange(Matcher m, Context c) {
        LocalDate b = parseDate(m.group("b"), c.ref());
        if (b == null) {
            return null;
        }
        String aText = m.group("a");
        LocalDate a = hasYear(aText) ? parseDate(aText, c.ref()) : null;
        if (a == null) {
            // "van 1 tot en met 12 maart 2024", "tussen 28 februari en 3 maart": month and year from the end
            Matcher pm = P_PARTIAL_DATE.matcher(aText.strip());
            if (!pm.matches()) {
                return null;
            }
            int month = pm.group("mon") == null ? b.getMonthValue() : month(pm.group("mon"));
            a = LocalDate.of(b.getYear(), month, Integer.parseInt(pm.group("d")));
            a = a.isAfter(b) ? a.minusYears(1) : a;
        }
        if (a.isAfter(b)) {
            return null;
        }
        boolean exclusive = m.group("op").equalsIgnoreCase("tot");
        ZonedDateTime end = exclusive ? c.startOf(b).minusSeconds(1) : c.endOf(b);
        return Atom.period(m, new EventTime(c.startOf(a), end.isBefore(c.startOf(a)) ? c.startOf(a) : end,
                TimePrecision.INTERVAL));
    }

    private static Atom ago(Matcher m, Context c) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        String u = m.group("u").toLowerCase(Locale.ROOT);
        LocalDate ref = c.ref();
        if (u.startsWith("dag")) {
            return Atom.day(m, ref.minusDays(count), null);
        }
        if (u.startsWith("we")) {
            LocalDate monday = ref.minusWeeks(count).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Atom.period(m, c.days(monday, monday.plusDays(6)));
        }
        if (u.startsWith("maand")) {
            YearMonth ym = YearMonth.from(ref).minusMonths(count);
            return Atom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
        }
        int y = ref.getYear() - count;
        return Atom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }

    // ---------------------------------------------------------------- pieces

    private static boolean hasYear(String dateText) {
        return P_HAS_YEAR.matcher(dateText).find();
    }

    /** A full date as written; without a year, the latest year not after {@code ref}. Null when invalid. */
    static LocalDate parseDate(String s, LocalDate ref) {
        String t = s.strip();
        Matcher m;
        if ((m = P_ISO_DATE.matcher(t)).matches()) {
            return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        }
        int day;
        int month;
        String y;
        String wd;
        if ((m = P_NUM_DATE.matcher(t)).matches()) {
            month = Integer.parseInt(m.group("m"));
        } else if ((m = P_TEXT_DATE.matcher(t)).matches()) {
            month = month(m.group("mon"));
        } else {
            return null;
        }
        day = Integer.parseInt(m.group("d"));
        y = m.group("y");
        wd = m.group("wd");
        if (y != null) {
            int year = Integer.parseInt(y);
            if (y.length() == 2) {
                year += year <= ref.getYear() % 100 ? 2000 : 1900;
            }
            return LocalDate.of(year, month, day);
        }
        return yearless(day, month, wd == null ? null : weekday(wd), ref);
    }

    private static LocalDate yearless(int day, int month, DayOfWeek weekday, LocalDate ref) {
        LocalDate latest = null;
        for (int year = ref.getYear(); year >= ref.getYear() - 28; year--) {
            LocalDate d;
            try {
                d = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue; // 29 februari in a common year
            }
            if (d.isAfter(ref)) {
                continue;
            }
            latest = latest == null ? d : latest;
            if (weekday == null || d.getDayOfWeek() == weekday) {
                return d;
            }
        }
        if (latest == null) {
            throw new DateTimeException("no such day: " + day + "-" + month);
        }
        return latest; // the weekday matches no recent year: trust the date, not the weekday
    }

    /** A spoken or written clock time; null when it is not one (e.g. "12.50" without "uur" or a qualifier). */
    private static LocalTime clock(String text, DayPart part, boolean qualified) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = P_CLOCK_DIGITS.matcher(t)).matches()) {
            if (!qualified && m.group(4) == null && !m.group(2).equals(":")) {
                return null;
            }
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(3));
            return h > 23 || min > 59 ? null : LocalTime.of(part == null ? h : part.hour24(h), min);
        }
        if ((m = P_CLOCK_HOUR.matcher(t)).matches()) {
            int h = Integer.parseInt(m.group(1));
            if (!qualified) {
                return null;
            }
            return h > 23 ? null : LocalTime.of(part == null ? h : part.hour24(h), 0);
        }
        if ((m = P_CLOCK_WORDS.matcher(t)).matches()) {
            boolean half = m.group(3) != null;
            if (m.group(1) == null && !half && (m.group(5) == null || !qualified)) {
                return null; // a bare number word is not a time, "twee uur" alone a duration
            }
            String hw = m.group(4);
            int h = NUMBERS.containsKey(hw) ? NUMBERS.get(hw) : Integer.parseInt(hw);
            if (h > 23 || (m.group(1) != null || half) && h > 12) {
                return null;
            }
            int minutes = (part == null ? h : part.hour24(h)) * 60 + (half ? -30 : 0);
            if (m.group(1) != null) {
                int offset = m.group(1).equals("kwart") ? 15 : m.group(1).equals("vijf") ? 5 : 10;
                minutes += m.group(2).equals("over") ? offset : -offset;
            }
            minutes = Math.floorMod(minutes, 24 * 60);
            return LocalTime.of(minutes / 60, minutes % 60);
        }
        return null;
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "m", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
        if (w.startsWith("mei")) {
            return 5;
        }
        for (int i = 0; i < prefixes.length; i++) {
            if (w.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new DateTimeException("no month: " + word);
    }

    private static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] names = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new DateTimeException("no weekday: " + word);
    }
}
