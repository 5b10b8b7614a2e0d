package nl.patroon.indexer.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dutch words and numbers of time expressions as regular expressions (weekdays, months, years, dates, clock
 * times, qualifiers), and the readers that turn a matched date or clock time into a {@link LocalDate} or
 * {@link LocalTime}. Shared by the recognisers ({@link TimeRecognisers}), the atom builders and the joiner.
 */
final class DutchTimeGrammar {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final String WEEKDAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";
    static final String MONTH_WORD = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
            + "|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)";
    static final String MONTH = MONTH_WORD + "\\b\\.?";
    static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";
    private static final String PART_WORD = "(?:ochtend|morgen|middag|avond|nacht)";
    static final String TEXT_DATE = "(?:" + WEEKDAY + PART_WORD + "?\\s*,?\\s+)?(?:de\\s+)?\\d{1,2}(?:e|ste|de)?\\s+"
            + MONTH + "(?:\\s+" + YEAR + ")?";
    private static final String NUM_DATE = "(?:" + WEEKDAY + PART_WORD + "?\\s*,?\\s+)?(?<![\\d/.\\-])(?:\\d{1,2}-\\d{1,2}-(?:\\d{4}|\\d{2})"
            + "|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?![\\d/\\-]|\\.\\d)";
    private static final String ISO_DATE = "(?<![\\d\\-])\\d{4}-\\d{2}-\\d{2}(?![\\d\\-])";
    static final String DATE = "(?:" + TEXT_DATE + "|" + NUM_DATE + "|" + ISO_DATE + ")";

    private static final String HOUR_WORD = "(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d{1,2})";
    static final String CLOCK = "(?:\\d{1,2}[.:]\\d{2}(?:\\s?uur\\b|\\s?u\\b)?|\\d{1,2}\\s?uur\\b"
            + "|(?:(?:kwart|vijf|tien)\\s+(?:over|voor)\\s+)?(?:half\\s+)?" + HOUR_WORD + "\\b(?:\\s+uur\\b)?)";
    static final String PART_SUFFIX = "(?:\\s+(?:['’‘`]s[\\s-]?(?:ochtends|morgens|middags|avonds|nachts)"
            + "|in\\s+de\\s+(?:ochtend|morgen|middag|avond|nacht)))";
    static final String QUALIFIER = "(?:omstreeks|rondom|rond|tegen|ongeveer|circa|ca\\.|(?:even|kort|iets|net)"
            + "\\s+(?:na|voor)|om)";
    static final String NUMBER_WORD = "(?:\\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)";

    private static final Pattern P_TEXT_DATE = Pattern.compile("(?:(?<wd>" + WEEKDAY + ")" + PART_WORD + "?\\s*,?\\s+)?(?:de\\s+)?"
            + "(?<d>\\d{1,2})(?:e|ste|de)?\\s+(?<mon>" + MONTH_WORD + ")\\b\\.?(?:\\s+(?<y>\\d{4}))?", FLAGS);
    private static final Pattern P_NUM_DATE = Pattern.compile("(?:(?<wd>" + WEEKDAY + ")" + PART_WORD + "?\\s*,?\\s+)?"
            + "(?<d>\\d{1,2})[-/.](?<m>\\d{1,2})[-/.](?<y>\\d{4}|\\d{2})", FLAGS);
    static final Pattern P_WEEKDAY_PART = Pattern.compile("^" + WEEKDAY + "(?<p>" + PART_WORD + ")", FLAGS);
    private static final Pattern P_HAS_YEAR = Pattern.compile("\\d[-/.]\\d{1,2}[-/.]\\d{2,4}|\\b\\d{4}\\b");
    private static final Pattern P_ISO_DATE = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
    static final Pattern P_PARTIAL_DATE = Pattern.compile("(?:(?<wd>" + WEEKDAY + ")\\s*,?\\s+)?(?:de\\s+)?"
            + "(?<d>\\d{1,2})(?:e|ste|de)?(?:\\s+(?<mon>" + MONTH_WORD + ")\\b\\.?)?", FLAGS);
    private static final Pattern P_CLOCK_DIGITS = Pattern.compile("(\\d{1,2})([.:])(\\d{2})(\\s?(?:uur|u))?", FLAGS);
    private static final Pattern P_CLOCK_HOUR = Pattern.compile("(\\d{1,2})\\s?uur", FLAGS);
    private static final Pattern P_CLOCK_WORDS = Pattern.compile("(?:(kwart|vijf|tien)\\s+(over|voor)\\s+)?(half\\s+)?("
            + HOUR_WORD + ")(\\s+uur)?", FLAGS);

    static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("een", 1), Map.entry("één", 1),
            Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5),
            Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9),
            Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12));

    private DutchTimeGrammar() {
    }

    static boolean hasYear(String dateText) {
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
    static LocalTime clock(String text, DayPart part, boolean qualified) {
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

    static int month(String word) {
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

    static DayOfWeek weekday(String word) {
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
