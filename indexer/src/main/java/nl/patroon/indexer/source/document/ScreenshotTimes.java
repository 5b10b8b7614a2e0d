package nl.patroon.indexer.source.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.chat.LocalTimes;
import nl.patroon.indexer.time.DutchTimeResolver;
import nl.patroon.indexer.time.TimeExpression;

/**
 * The times a chat screenshot shows, read from its OCR text: the day from the chat's date header ("ZATERDAG 15 JUNI
 * 2024", "15-06-2024"), the minute from the time in each bubble ("ik maak je af 20:14"). A bubble before any date
 * header, or under "Vandaag" / "Gisteren" (relative to a day the picture does not show), keeps no time: the screen
 * does not say which day it was. The clock in the status bar (a line that is only a time, above the first header) is
 * when the picture was taken, not when a message was sent, and is not used for a message. Tesseract often puts a
 * bubble's time on a line of its own, under its text ("doe open" / "20:01"): such a time belongs to the text line above
 * it. A text line whose time OCR lost lies between the bubbles timed before and after it: it keeps no time, only those
 * bounds, which is enough to find it again in an export.
 */
final class ScreenshotTimes {
    /** A bubble line: its text, then its time at the end (with WhatsApp's ticks or a 12-hour suffix after it). */
    private static final Pattern BUBBLE = Pattern.compile(
            "^(?<text>.*\\S)\\s+(?<h>[01]?\\d|2[0-3])[:.](?<m>[0-5]\\d)(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?[\\s✓✔/√vV]*$");
    /** The app's own line under the contact's name, which ends in a time too. */
    private static final Pattern LAST_SEEN = Pattern.compile("(?i)^(?:laatst gezien|last seen|zuletzt online|vu\\b)");
    /** A header line is short and mostly its date. */
    private static final int MAX_HEADER = 40;

    /** A bubble's time on a line of its own, with WhatsApp's ticks (OCR: "vv") or a 12-hour suffix after it. */
    private static final Pattern TIME_LINE = Pattern.compile(
            "^(?<h>[01]?\\d|2[0-3])[:.](?<m>[0-5]\\d)(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?[\\s✓✔/√vV]*$");

    /**
     * One message seen on the screenshot.
     *
     * @param at        the local minute it shows, or null when its day or its time cannot be read
     * @param notBefore for a bubble whose time OCR lost, the time of the bubble above it (same day), else null
     * @param notAfter  likewise the time of the bubble below it
     */
    record Bubble(int paragraph, String text, LocalDateTime at, LocalDateTime notBefore, LocalDateTime notAfter) {
        Bubble(int paragraph, String text, LocalDateTime at) {
            this(paragraph, text, at, null, null);
        }
    }

    /** A text line still waiting for the time under it. */
    private record Pending(int paragraph, String text) {
    }

    private ScreenshotTimes() {
    }

    /**
     * Every bubble with its text and, when the screen shows the day, its local time; in screen order. Text lines
     * without a time of their own are bubbles only between two timed bubbles of one day (with those bounds): above the
     * first or below the last they are the contact's name, the status bar or the input box as often as a message.
     */
    static List<Bubble> bubbles(List<String> paragraphs, ZoneId zone) {
        List<Bubble> out = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        LocalDate day = null;
        LocalDateTime last = null; // the time of the last timed bubble on this day
        for (int i = 0; i < paragraphs.size(); i++) {
            for (String line : paragraphs.get(i).split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                LocalDate header = header(l, zone);
                if (header != null || isRelativeHeader(l)) {
                    pending.clear();
                    day = header; // "Vandaag": a day the picture does not name
                    last = null;
                    continue;
                }
                Matcher time = TIME_LINE.matcher(l);
                if (time.matches()) {
                    if (!pending.isEmpty()) { // the time under a bubble's text
                        Pending p = pending.remove(pending.size() - 1);
                        last = timed(out, pending, p.paragraph(), p.text(), time, day, last);
                    }
                    continue;
                }
                Matcher m = BUBBLE.matcher(l);
                if (m.matches() && !LAST_SEEN.matcher(l).find()) {
                    last = timed(out, pending, i, m.group("text").strip(), m, day, last);
                } else {
                    pending.add(new Pending(i, l));
                }
            }
        }
        return out;
    }

    /** Adds a timed bubble after the lines before it that lost their time; returns its time on the day, or null. */
    private static LocalDateTime timed(List<Bubble> out, List<Pending> untimed, int paragraph, String text, Matcher m,
                                       LocalDate day, LocalDateTime last) {
        int h = Integer.parseInt(m.group("h"));
        String ampm = m.group("ampm");
        if (ampm != null) {
            h = h % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
        }
        LocalDateTime at = day == null ? null : LocalDateTime.of(day, LocalTime.of(h, Integer.parseInt(m.group("m"))));
        if (last != null && at != null && !at.isBefore(last)) {
            untimed.forEach(p -> out.add(new Bubble(p.paragraph(), p.text(), null, last, at)));
        }
        untimed.clear();
        out.add(new Bubble(paragraph, text, at));
        return at;
    }

    /** Per paragraph the time of its first bubble on a known day, else null. */
    static List<EventTime> perParagraph(List<String> paragraphs, ZoneId zone) {
        List<EventTime> times = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), (EventTime) null));
        for (Bubble b : bubbles(paragraphs, zone)) {
            if (b.at() != null && times.get(b.paragraph()) == null) {
                times.set(b.paragraph(), EventTime.at(LocalTimes.place(b.at(), zone).at(), TimePrecision.MINUTE));
            }
        }
        return times;
    }

    private static LocalDate header(String line, ZoneId zone) {
        if (line.isEmpty() || line.length() > MAX_HEADER) {
            return null;
        }
        for (TimeExpression e : DutchTimeResolver.resolveAbsolute(line, zone)) {
            boolean whole = e.end() - e.start() >= line.replaceAll("[^\\p{L}\\d]", "").length() / 2;
            if (e.time().precision() == TimePrecision.DAY && whole) {
                return e.time().start().toLocalDate();
            }
        }
        return null;
    }

    private static boolean isRelativeHeader(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.equals("vandaag") || l.equals("gisteren") || l.equals("today") || l.equals("yesterday");
    }
}
