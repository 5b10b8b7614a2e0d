package nl.patroon.indexer.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;

/**
 * Time expressions that count from the moment a narration stated last, not from the date of the text: "de volgende
 * ochtend", "twee weken later", "die avond", "de dag ervoor". {@link DutchTimeResolver} resolves what a text's own
 * date settles; these need the anchor a reader carries from sentence to sentence.
 *
 * <p>Precision follows the anchor and never exceeds it: a day counted from a known day is that day
 * ({@link TimePrecision#DAY}); counted from a vaguer anchor ("op een avond in april 2024", then "de volgende
 * ochtend") it is the anchor's period moved, an interval. Weeks are taken loosely (three days either side), months
 * as the calendar month reached, years as the calendar year.
 */
public final class AnchoredTimes {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String N = "(?<n>een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\\d{1,2})";
    private static final String PART = "(?<p>ochtend|morgen|middag|avond|nacht)";
    private static final String LATER = "(?:later|daarna|erna|nadien|daarop)";
    private static final String EARLIER = "(?:eerder|daarvoor|ervoor|tevoren|daarvóór)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("een", 1), Map.entry("één", 1),
            Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5),
            Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9),
            Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12));

    /** How far an expression counts. */
    public enum Unit { DAY, WEEK, MONTH, YEAR }

    private record Form(Pattern pattern, Unit unit, int sign, boolean partOfAnchorDay) {
        Form(String regex, Unit unit, int sign, boolean partOfAnchorDay) {
            this(Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}\\d])", FLAGS), unit, sign, partOfAnchorDay);
        }
    }

    private static final List<Form> FORMS = List.of(
            // "de volgende ochtend", "de ochtend erna", "de volgende dag", "de dag daarna"
            new Form("de\\s+volgende\\s+(?:" + PART + "|dag)", Unit.DAY, 1, false),
            new Form("(?:de|een)\\s+(?:" + PART + "|dag)\\s+" + LATER, Unit.DAY, 1, false),
            new Form("de\\s+(?:" + PART + "|dag)\\s+" + EARLIER, Unit.DAY, -1, false),
            new Form(N + "\\s+(?:dag|dagen)\\s+" + LATER, Unit.DAY, 1, false),
            new Form(N + "\\s+(?:dag|dagen)\\s+" + EARLIER, Unit.DAY, -1, false),
            new Form(N + "\\s+(?:week|weken)\\s+" + LATER, Unit.WEEK, 1, false),
            new Form(N + "\\s+(?:week|weken)\\s+" + EARLIER, Unit.WEEK, -1, false),
            new Form(N + "\\s+(?:maand|maanden)\\s+" + LATER, Unit.MONTH, 1, false),
            new Form(N + "\\s+(?:maand|maanden)\\s+" + EARLIER, Unit.MONTH, -1, false),
            new Form(N + "\\s+jaar\\s+" + LATER, Unit.YEAR, 1, false),
            new Form("de\\s+week\\s+(?:daarna|erna|daarop)", Unit.WEEK, 1, false),
            // "die avond", "diezelfde dag", "eerder die avond", "later die nacht": the anchor's own day
            new Form("(?:(?:eerder|later)\\s+)?(?:die|diezelfde|dezelfde|datzelfde)\\s+(?:" + PART + "|dag)", Unit.DAY, 0, true));

    /**
     * One expression found; {@link #at(EventTime, ZoneId)} places it once the anchor is known.
     *
     * @param start offset of its first character
     * @param end   offset after its last
     * @param text  as written
     */
    public record Relative(int start, int end, String text, Unit unit, int count, String part) {
        /** Its time counted from {@code anchor}, in {@code zone}. */
        public EventTime at(EventTime anchor, ZoneId zone) {
            LocalDate first = anchor.start().withZoneSameInstant(zone).toLocalDate();
            LocalDate last = anchor.end().withZoneSameInstant(zone).toLocalDate();
            // a night that began the evening before belongs to that evening's day
            if (anchor.precision() == TimePrecision.INTERVAL && anchor.start().getHour() >= 18 && !last.equals(first)
                    && java.time.temporal.ChronoUnit.DAYS.between(first, last) == 1) {
                last = first;
            }
            switch (unit) {
                case DAY: {
                    LocalDate a = first.plusDays(count);
                    LocalDate b = last.plusDays(count);
                    DayPart p = part == null ? null : part.toLowerCase(Locale.ROOT).startsWith("nacht")
                            ? DayPart.NIGHT_AFTER : DayPart.of(part);
                    if (p != null) {
                        return new EventTime(instant(a, p.from, zone), instant(p == DayPart.NIGHT_AFTER ? b.plusDays(1) : b, p.to, zone),
                                TimePrecision.INTERVAL);
                    }
                    return new EventTime(instant(a, LocalTime.MIDNIGHT, zone), instant(b, LocalTime.of(23, 59, 59), zone),
                            a.equals(b) ? TimePrecision.DAY : TimePrecision.INTERVAL);
                }
                case WEEK:
                    return days(first.plusWeeks(count).minusDays(3), last.plusWeeks(count).plusDays(3), zone);
                case MONTH:
                    return days(YearMonth.from(first).plusMonths(count).atDay(1),
                            YearMonth.from(last).plusMonths(count).atEndOfMonth(), zone);
                default:
                    return days(LocalDate.of(first.getYear() + count, 1, 1), LocalDate.of(last.getYear() + count, 12, 31),
                            zone);
            }
        }
    }

    private AnchoredTimes() {
    }

    /** Every anchored expression in {@code text}, in text order; where two overlap, the longer. */
    public static List<Relative> find(String text) {
        List<Relative> found = new ArrayList<>();
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                int n = f.unit() == Unit.DAY && f.partOfAnchorDay() ? 0 : count(m);
                Relative r = new Relative(m.start(), m.end(), m.group(), f.unit(), f.sign() * n,
                        group(m, "p"));
                if (found.stream().noneMatch(o -> o.start() < r.end() && r.start() < o.end() && o.text().length() >= r.text().length())) {
                    found.removeIf(o -> o.start() < r.end() && r.start() < o.end());
                    found.add(r);
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Relative::start));
        return found;
    }

    private static int count(Matcher m) {
        String n = group(m, "n");
        if (n == null) {
            return 1;
        }
        String w = n.toLowerCase(Locale.ROOT);
        return NUMBERS.containsKey(w) ? NUMBERS.get(w) : Integer.parseInt(w);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static ZonedDateTime instant(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone);
    }

    private static EventTime days(LocalDate first, LocalDate last, ZoneId zone) {
        return new EventTime(instant(first, LocalTime.MIDNIGHT, zone), instant(last, LocalTime.of(23, 59, 59), zone),
                TimePrecision.INTERVAL);
    }
}
