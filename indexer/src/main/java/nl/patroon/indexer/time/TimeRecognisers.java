package nl.patroon.indexer.time;

import static nl.patroon.indexer.time.DutchTimeGrammar.CLOCK;
import static nl.patroon.indexer.time.DutchTimeGrammar.DATE;
import static nl.patroon.indexer.time.DutchTimeGrammar.MONTH;
import static nl.patroon.indexer.time.DutchTimeGrammar.MONTH_WORD;
import static nl.patroon.indexer.time.DutchTimeGrammar.NUMBER_WORD;
import static nl.patroon.indexer.time.DutchTimeGrammar.PART_SUFFIX;
import static nl.patroon.indexer.time.DutchTimeGrammar.P_WEEKDAY_PART;
import static nl.patroon.indexer.time.DutchTimeGrammar.QUALIFIER;
import static nl.patroon.indexer.time.DutchTimeGrammar.TEXT_DATE;
import static nl.patroon.indexer.time.DutchTimeGrammar.WEEKDAY;
import static nl.patroon.indexer.time.DutchTimeGrammar.YEAR;
import static nl.patroon.indexer.time.DutchTimeGrammar.month;
import static nl.patroon.indexer.time.DutchTimeGrammar.parseDate;
import static nl.patroon.indexer.time.DutchTimeGrammar.weekday;
import static nl.patroon.indexer.time.TimeAtomBuilders.lastWeekday;
import static nl.patroon.indexer.time.TimeAtomBuilders.weekdayPart;
import static nl.patroon.indexer.time.TimeAtomJoiner.partOf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import nl.patroon.indexer.support.StartCharFinder;
import nl.patroon.indexer.time.DutchTimeResolver.Probe;
import nl.patroon.indexer.time.DutchTimeResolver.Recogniser;
import nl.patroon.indexer.time.TimeAtom.Type;

/**
 * The recognisers of {@link DutchTimeResolver}, in the order they are tried: each a pattern for one kind of
 * expression, the words its matches must contain, and how a match becomes a {@link TimeAtom}.
 */
final class TimeRecognisers {
    private static final String[] PART_WORDS = {"ochtend", "morgen", "middag", "avond", "nacht"};
    private static final String[] SEASONS = {"zomer", "lente", "voorjaar", "herfst", "najaar", "winter"};

    static final List<Recogniser> ALL = List.of(
            // days
            new Recogniser(starts("mdwvz", true), "(?<![\\p{L}\\d])" + DATE,
                    Probe::date, (m, c) -> {
                LocalDate d = parseDate(m.group(), c.ref());
                Matcher wp = P_WEEKDAY_PART.matcher(m.group());
                DayPart part = wp.find() ? weekdayPart(wp.group("p")) : null; // "dinsdagavond 12 maart 2024"
                return d == null ? null : TimeAtom.day(m, d, part);
            }),
            new Recogniser(starts("veg", false), "\\b(?<w>vandaag|eergisteren|gisteren|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht"
                    + "|gisterochtend|gistermorgen|gistermiddag|gisteravond|gisternacht|eergisteravond)\\b",
                    p -> p.has("vandaag", "gister", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "vannacht"),
                    TimeAtomBuilders::relativeDay),
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
                    TimeAtomBuilders::clockTime),
            new Recogniser(starts("t", false), "(?<![\\p{L}\\d.:])tussen\\s+(?<a>" + CLOCK + ")(?<ap>" + PART_SUFFIX + ")?\\s+en\\s+(?<b>" + CLOCK
                    + ")(?<bp>" + PART_SUFFIX + ")?",
                    p -> p.has("tussen") && p.clock(), TimeAtomBuilders::clockRange),
            new Recogniser(starts("v", false), "(?<![\\p{L}\\d.:])van(?:af)?\\s+(?<a>" + CLOCK + ")(?<ap>" + PART_SUFFIX + ")?\\s+(?:tot(?:\\s+en\\s+met)?|t/m)\\s+(?<b>"
                    + CLOCK + ")(?<bp>" + PART_SUFFIX + ")?",
                    p -> p.has("van") && p.has("tot", "t/m") && p.clock(), TimeAtomBuilders::clockRange),
            new Recogniser(starts("'’‘`i", false), "(?<![\\p{L}\\d])(?:['’‘`]s[\\s-]?(?<a>ochtends|morgens|middags|avonds|nachts)|in\\s+de\\s+(?<b>ochtend|morgen|middag|avond|nacht))\\b",
                    p -> p.has(PART_WORDS),
                    (m, c) -> new TimeAtom(m.start(), m.end(), Type.PART, null,
                            DayPart.of(m.group("a") != null ? m.group("a") : m.group("b")),
                            null, null, null, null, false, null)),
            // periods
            new Recogniser(starts("idn", false), "\\b(?:in\\s+)?(?:de\\s+)?nacht\\s+van\\s+(?:" + WEEKDAY + "\\s+)?(?<d1>\\d{1,2})(?:\\s+" + MONTH
                    + ")?(?:\\s+" + YEAR + ")?\\s+op\\s+(?<to>" + TEXT_DATE + ")",
                    p -> p.has("nacht") && p.digit() && p.month(), TimeAtomBuilders::namedNight),
            new Recogniser(starts("idhzlvnw", false), "\\b(?:(?:in\\s+)?(?:de|het)\\s+)?(?<s>zomer|lente|voorjaar|herfst|najaar|winter)(?:\\s+van)?\\s+(?<y>"
                    + YEAR + ")(?:\\s*[/-]\\s*(?<y2>" + YEAR + "))?",
                    p -> p.year() && p.has(SEASONS), TimeAtomBuilders::season),
            new Recogniser(starts("idhav", false), "\\b(?:(?:in\\s+)?(?:de|het)\\s+)?(?:afgelopen|vorige|vorig)\\s+(?<s>zomer|lente|voorjaar|herfst|najaar|winter)\\b",
                    p -> p.has(SEASONS) && p.has("afgelopen", "vorig"),
                    TimeAtomBuilders::lastSeason),
            // "in de zomer", "sinds het voorjaar" without a year: the last such season that is over by the reference day
            new Recogniser(starts("itdh", false), "\\b(?:(?:in|tijdens)\\s+)?(?:de|het)\\s+(?<s>zomer|lente|voorjaar|herfst|najaar|winter)\\b"
                    + "(?!\\s+(?:van\\s+)?(?:19|20)\\d{2})",
                    p -> p.has(SEASONS), TimeAtomBuilders::lastSeason),
            new Recogniser(starts("bmhe", false), "\\b(?<p>begin|medio|midden|half|eind|einde)\\s+(?<mon>" + MONTH_WORD + ")\\b\\.?(?:\\s+(?<y>" + YEAR + "))?",
                    p -> p.has("begin", "medio", "midden", "half", "eind"),
                    TimeAtomBuilders::partOfMonth),
            new Recogniser(starts("bme", false), "\\b(?<p>begin|medio|midden|eind|einde)\\s+(?<y>" + YEAR + ")",
                    p -> p.year() && p.has("begin", "medio", "midden", "eind"), TimeAtomBuilders::partOfYear),
            new Recogniser(starts("ijfmasond", false), "(?<!\\d\\s{0,3})\\b(?:in\\s+)?(?<mon>" + MONTH_WORD + ")\\b\\.?\\s+(?<y>" + YEAR + ")",
                    p -> p.year() && p.month(), (m, c) -> {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y")), month(m.group("mon")));
                return TimeAtom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
            }),
            new Recogniser(starts("i", false), "\\bin\\s+(?<mon>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\b",
                    p -> p.has("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
                    (m, c) -> {
                        YearMonth ym = YearMonth.of(c.ref().getYear(), month(m.group("mon")));
                        ym = ym.atDay(1).isAfter(c.ref()) ? ym.minusYears(1) : ym;
                        return TimeAtom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
                    }),
            new Recogniser(starts("igh", false), "\\b(?:in|gedurende|heel)\\s+(?:het\\s+jaar\\s+)?(?<y>" + YEAR + ")(?![-/.]\\d)",
                    Probe::year, (m, c) -> {
                int y = Integer.parseInt(m.group("y"));
                return TimeAtom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }),
            // a bare year after "sinds": the year itself, joined with the "sinds" before it (an open-ended period)
            new Recogniser(starts("", true), "\\b(?<=\\b(?:sinds|vanaf|sedert)(?:\\s{1,3}(?:ongeveer|circa|ca\\.))?\\s{1,3})(?<y>" + YEAR
                    + ")(?![-/.]\\d)",
                    p -> p.year() && p.has("sinds", "vanaf", "sedert"), (m, c) -> {
                int y = Integer.parseInt(m.group("y"));
                return TimeAtom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }),
            // "na de zomer van 2023", "na afloop van februari 2024": joined with the period after it
            new Recogniser(starts("n", false), "\\bna(?:\\s+afloop\\s+van)?\\b",
                    p -> p.has("na"), (m, c) ->
                    new TimeAtom(m.start(), m.end(), Type.AFTER, null, null, null, null, null, null, false, null)),
            new Recogniser(starts("sv", false), "\\b(?:sinds|vanaf|sedert)(?:\\s+(?:ongeveer|circa|ca\\.))?",
                    p -> p.has("sinds", "vanaf", "sedert"), (m, c) ->
                    new TimeAtom(m.start(), m.end(), Type.SINCE, null, null, null, null, null, null, false, null)),
            new Recogniser(starts("idvt", false), "\\b(?:(?:in\\s+)?de\\s+periode\\s+)?(?:van(?:af)?|tussen)\\s+(?<a>" + DATE + "|(?:" + WEEKDAY
                    + "\\s*,?\\s+)?\\d{1,2}(?:e|ste|de)?(?:\\s+" + MONTH + ")?)\\s+(?<op>tot\\s+en\\s+met|t/m|tot|en)\\s+(?<b>"
                    + DATE + ")",
                    p -> p.date() && p.has("van", "tussen"), TimeAtomBuilders::dateRange),
            new Recogniser(starts("hiav", false), "\\b(?:(?:het|in\\s+het)\\s+)?(?:afgelopen|vorig|vorige)\\s+weekend\\b",
                    p -> p.has("weekend"), (m, c) -> {
                LocalDate saturday = c.ref().with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                return TimeAtom.period(m, c.days(saturday, saturday.plusDays(1)));
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
                return TimeAtom.period(m, partOf(evening, DayPart.NIGHT_AFTER, c));
            }),
            new Recogniser(starts("va", false), "\\b(?:vorige|afgelopen)\\s+week\\b",
                    p -> p.has("week"), (m, c) -> {
                LocalDate monday = c.ref().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return TimeAtom.period(m, c.days(monday, monday.plusDays(6)));
            }),
            new Recogniser(starts("va", false), "\\b(?:vorige|afgelopen)\\s+maand\\b",
                    p -> p.has("maand"), (m, c) -> {
                YearMonth ym = YearMonth.from(c.ref()).minusMonths(1);
                return TimeAtom.period(m, c.days(ym.atDay(1), ym.atEndOfMonth()));
            }),
            new Recogniser(starts("va", false), "\\b(?:vorig|afgelopen)\\s+jaar\\b",
                    p -> p.has("jaar"), (m, c) -> {
                int y = c.ref().getYear() - 1;
                return TimeAtom.period(m, c.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }),
            new Recogniser(starts("ocrbzeétdvan", true), "\\b(?:(?:ongeveer|circa|ruim|bijna|zo['’]n)\\s+)?(?<n>" + NUMBER_WORD
                    + ")\\s+(?<u>dagen|dag|weken|week|maanden|maand|jaren|jaar)\\s+geleden\\b",
                    p -> p.has("geleden"), TimeAtomBuilders::ago));

    private TimeRecognisers() {
    }

    /** The lower-case letters a match can start with and whether a digit can; always at a word start. */
    private static StartCharFinder.Starts starts(String chars, boolean digits) {
        return new StartCharFinder.Starts(chars, digits, true);
    }
}
