package nl.patroon.indexer.source.whatsapp;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.patroon.indexer.source.chat.ChatText;

/**
 * The timestamp that starts a WhatsApp message line, as written, before the file's date layout is known.
 * Three layouts exist: Android {@code 18-03-2022 14:56 - }, iOS {@code [18-03-2022 14:56:01] } and iOS with
 * the time first ({@code [14:56:01, 3/18/22] }, Vietnamese). The date fields stay unresolved here: whether
 * {@code 03/04} is 3 April or 4 March is decided per file by {@link DateLayout}.
 *
 * @param first    first date field as written (digits)
 * @param second   second date field
 * @param third    third date field (digits; the year unless {@code first} is)
 * @param era      Japanese era letter before the year ({@code R} in {@code 3/18/R4}), or empty
 * @param calendar calendar marker after the date ({@code BE}, {@code هـ}, {@code AP}), or empty
 * @param seconds  seconds, or -1 when the export has none
 * @param meridiem AM/PM marker, or null for a 24-hour clock
 * @param separator the date separator ({@code /}, {@code -} or {@code .})
 * @param bracketed iOS form
 * @param restOffset where, in the original line, the text after the timestamp starts
 */
record WhatsAppHeader(String first, String second, String third, String era, String calendar, int hour, int minute,
                      int seconds, Meridiem meridiem, char separator, boolean bracketed, int restOffset) {

    /** 12-hour clock markers as WhatsApp writes them in its UI languages. */
    enum Meridiem {
        AM, PM;

        static final List<String> AM_MARKS = List.of("a. m.", "a.m.", "am", "vorm.", "de.", "ص", "午前", "上午", "오전",
                "SA", "π.μ.", "πμ", "ق.ظ", "ق.ظ.", "ก่อนเที่ยง", "dop.");
        static final List<String> PM_MARKS = List.of("p. m.", "p.m.", "pm", "nachm.", "du.", "م", "午後", "下午", "오후",
                "CH", "μ.μ.", "μμ", "ب.ظ", "ب.ظ.", "หลังเที่ยง", "odp.");

        static Meridiem of(String mark) {
            String m = mark.strip();
            if (AM_MARKS.stream().anyMatch(m::equalsIgnoreCase)) {
                return AM;
            }
            return PM_MARKS.stream().anyMatch(m::equalsIgnoreCase) ? PM : null;
        }
    }

    private static final String MARK = java.util.stream.Stream.concat(Meridiem.AM_MARKS.stream(),
                    Meridiem.PM_MARKS.stream())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    private static final String DATE = "(?<f1>\\d{1,4})(?<sep>[./-]) ?(?<f2>\\d{1,2})[./-] ?(?<era>[MTSHR])?(?<f3>\\d{1,4})\\.?"
            + "(?: ?(?<cal>BE|B\\.E\\.|AH|AP|هـ|ه\\.ش\\.?))?";
    private static final String TIME = "(?:(?<mk1>" + MARK + ") ?)?(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?:[:.](?<s>\\d{2}))?"
            + "(?: ?(?<mk2>" + MARK + "))?";
    private static final Pattern ANDROID = Pattern.compile("^" + DATE + ",? " + TIME + " [-–] ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IOS = Pattern.compile("^\\[" + DATE + ",? " + TIME + "\\] ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IOS_TIME_FIRST = Pattern.compile("^\\[" + TIME + ", " + DATE + "\\] ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final List<Pattern> IOS_FORMS = List.of(IOS, IOS_TIME_FIRST);
    private static final List<Pattern> ANDROID_FORMS = List.of(ANDROID);

    /** Reads the header of a line, or empty when the line does not start a message. */
    static Optional<WhatsAppHeader> parse(String line) {
        WhatsAppHeader plain = parsePlain(line);
        return plain != null ? Optional.of(plain) : parseByPattern(line);
    }

    /** The general reading: every layout, calendar, clock mark and right-to-left form, by regular expression. */
    static Optional<WhatsAppHeader> parseByPattern(String line) {
        if (!ChatText.mayStartTimestamp(line)) {
            return Optional.empty();
        }
        String h = ChatText.headerForm(line);
        // iOS headers open with '[', Android ones with a digit: only the patterns that can match are tried.
        for (Pattern p : h.startsWith("[") ? IOS_FORMS : ANDROID_FORMS) {
            Matcher m = p.matcher(h);
            if (m.lookingAt()) {
                return of(m, p != ANDROID, ChatText.originalOffset(line, m.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The plain forms most exports use, read without a regular expression: {@code 18-03-2022 14:56 - } and
     * {@code [18/03/2022, 14:56:01] } with ASCII digits, a 24-hour clock and no calendar or era marks. An export
     * has a header on nearly every line, so this is the hot path of reading a chat. Returns null whenever the
     * line is anything else (a letter, a space after a separator, a clock mark, a direction mark, another
     * script's digits), and {@link #parseByPattern} decides; where it returns a header, it is the one the
     * pattern reads (WhatsAppHeaderProperties checks this).
     */
    static WhatsAppHeader parsePlain(String line) {
        int n = line.length();
        boolean bracketed = n > 0 && line.charAt(0) == '[';
        int i = bracketed ? 1 : 0;
        int f1End = fieldThenSeparator(line, i, 4);
        int f2Start = f1End + 1;
        int f2End = f1End < 0 ? -1 : fieldThenSeparator(line, f2Start, 2);
        if (f2End < 0) {
            return null;
        }
        char sep = line.charAt(f1End);
        int f3Start = f2End + 1;
        int f3End = digits(line, f3Start, 4);
        if (f3End < 0) {
            return null;
        }
        int j = f3End;
        if (j < n && line.charAt(j) == '.') {
            j++;
        }
        if (j < n && line.charAt(j) == ',') {
            j++;
        }
        if (j >= n || line.charAt(j) != ' ') {
            return null;
        }
        int hStart = j + 1;
        int hEnd = digits(line, hStart, 2);
        if (hEnd < 0 || hEnd >= n || line.charAt(hEnd) != ':' && line.charAt(hEnd) != '.') {
            return null;
        }
        int miStart = hEnd + 1;
        int miEnd = digits(line, miStart, 2);
        if (miEnd != miStart + 2) {
            return null;
        }
        int seconds = -1;
        int k = miEnd;
        if (k + 2 < n && (line.charAt(k) == ':' || line.charAt(k) == '.')) {
            int sEnd = digits(line, k + 1, 2);
            if (sEnd != k + 3) {
                return null;
            }
            seconds = number(line, k + 1, sEnd);
            k = sEnd;
        }
        int rest;
        if (bracketed) {
            if (k + 1 >= n || line.charAt(k) != ']' || line.charAt(k + 1) != ' ') {
                return null;
            }
            rest = k + 2;
        } else {
            if (k + 2 >= n || line.charAt(k) != ' ' || line.charAt(k + 1) != '-' && line.charAt(k + 1) != '\u2013'
                    || line.charAt(k + 2) != ' ') {
                return null;
            }
            rest = k + 3;
        }
        int hour = number(line, hStart, hEnd);
        int minute = number(line, miStart, miEnd);
        if (hour > 23 || minute > 59 || seconds > 59) {
            return null; // the pattern rejects it too; let it say so
        }
        return new WhatsAppHeader(line.substring(i, f1End), line.substring(f2Start, f2End),
                line.substring(f3Start, f3End), "", "", hour, minute, seconds, null, sep, bracketed, rest);
    }

    /** The end of a date field (1..max digits at {@code from}) that a date separator follows, or -1. */
    private static int fieldThenSeparator(String s, int from, int max) {
        int end = digits(s, from, max);
        return end < 0 || end >= s.length() || "/-.".indexOf(s.charAt(end)) < 0 ? -1 : end;
    }

    /** The end of a run of 1..max ASCII digits at {@code from}, or -1 when there is none or it is longer. */
    private static int digits(String s, int from, int max) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == from || i - from > max ? -1 : i;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static Optional<WhatsAppHeader> of(Matcher m, boolean bracketed, int restOffset) {
        String mark = m.group("mk1") != null ? m.group("mk1") : m.group("mk2");
        Meridiem meridiem = mark == null ? null : Meridiem.of(mark);
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("mi"));
        int seconds = m.group("s") == null ? -1 : Integer.parseInt(m.group("s"));
        if (hour > (meridiem == null ? 23 : 12) || minute > 59 || seconds > 59) {
            return Optional.empty();
        }
        return Optional.of(new WhatsAppHeader(m.group("f1"), m.group("f2"), m.group("f3"),
                m.group("era") == null ? "" : m.group("era").toUpperCase(java.util.Locale.ROOT),
                m.group("cal") == null ? "" : m.group("cal"), hour, minute, seconds, meridiem,
                m.group("sep").charAt(0), bracketed, restOffset));
    }

    /** The hour on a 24-hour clock; {@code 12 a.m.} is midnight, and {@code 00:08 a.m.} stays 0. */
    int hour24() {
        if (meridiem == null) {
            return hour;
        }
        int h = hour % 12;
        return meridiem == Meridiem.PM ? h + 12 : h;
    }

    boolean yearFirst() {
        return first.length() >= 3;
    }
}
