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
 * when the picture was taken, not when a message was sent, and is not used for a message.
 */
final class ScreenshotTimes {
    /** A bubble line: its text, then its time at the end (with WhatsApp's ticks or a 12-hour suffix after it). */
    private static final Pattern BUBBLE = Pattern.compile(
            "^(?<text>.*\\S)\\s+(?<h>[01]?\\d|2[0-3])[:.](?<m>[0-5]\\d)(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?[\\s✓✔/√vV]*$");
    /** The app's own line under the contact's name, which ends in a time too. */
    private static final Pattern LAST_SEEN = Pattern.compile("(?i)^(?:laatst gezien|last seen|zuletzt online|vu\\b)");
    /** A header line is short and mostly its date. */
    private static final int MAX_HEADER = 40;

    /** One message seen on the screenshot. */
    record Bubble(int paragraph, String text, LocalDateTime at) {
    }

    private ScreenshotTimes() {
    }

    /** Every bubble with its text and, when the screen shows the day, its local time; in screen order. */
    static List<Bubble> bubbles(List<String> paragraphs, ZoneId zone) {
        List<Bubble> out = new ArrayList<>();
        LocalDate day = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            for (String line : paragraphs.get(i).split("\n")) {
                String l = line.strip();
                LocalDate header = header(l, zone);
                if (header != null) {
                    day = header;
                    continue;
                }
                if (isRelativeHeader(l)) {
                    day = null; // "Vandaag": a day the picture does not name
                    continue;
                }
                Matcher m = BUBBLE.matcher(l);
                if (m.matches() && !LAST_SEEN.matcher(l).find()) {
                    int h = Integer.parseInt(m.group("h"));
                    String ampm = m.group("ampm");
                    if (ampm != null) {
                        h = h % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
                    }
                    LocalDateTime at = day == null ? null : LocalDateTime.of(day, LocalTime.of(h, Integer.parseInt(m.group("m"))));
                    out.add(new Bubble(i, m.group("text").strip(), at));
                }
            }
        }
        return out;
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
