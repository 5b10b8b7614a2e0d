package nl.patroon.indexer.source.document;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.timeline.TimelineBuilder;

/**
 * Finds the messages a chat screenshot shows in a chat export of the same case: a bubble ({@link ScreenshotTimes}) and
 * a message are the same when the export's message was sent in the minute the bubble shows, on the day the screen
 * names (or, for a bubble whose time OCR lost, between the bubbles around it), and their texts are equal once case, accents, punctuation and spacing are set aside (OCR misreads those, not
 * words). A bubble without a readable day is never matched: its minute alone says too little. The screen shows no
 * author for a one-to-one chat, so the author is not compared; within one minute two people rarely send the same text.
 * Pure: the ingest's linking stage reads the passages and writes the links as facts on both items.
 */
public final class ScreenshotMatches {
    /** Fact key, on either side, per passage: {@code ook.in.a7} on the screenshot, {@code ook.in.m86} on the chat. */
    public static final String ALSO_IN_PREFIX = TimelineBuilder.ALSO_IN_FACT;

    /** One bubble of a screenshot found as a message of an export. */
    public record Match(Passage screenshotParagraph, String bubble, Passage message) {
    }

    private ScreenshotMatches() {
    }

    /** The local minutes, first to last, in which a bubble of a screenshot may have been sent. */
    public record Window(LocalDateTime from, LocalDateTime to) {
        boolean holds(LocalDateTime minute) {
            return !minute.isBefore(from) && !minute.isAfter(to);
        }
    }

    /** When a screenshot's bubbles were sent, as far as the screen shows: which messages are worth loading. */
    public static List<Window> windows(List<Passage> screenshot, ZoneId zone) {
        List<Window> out = new ArrayList<>();
        for (ScreenshotTimes.Bubble b : ScreenshotTimes.bubbles(texts(inOrder(screenshot)), zone)) {
            Window w = window(b);
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether a message was sent within one of these windows. */
    public static boolean sentIn(Passage message, List<Window> windows, ZoneId zone) {
        if (message.time() == null) {
            return false;
        }
        LocalDateTime minute = localMinute(message, zone);
        return windows.stream().anyMatch(w -> w.holds(minute));
    }

    /**
     * Every bubble of the screenshot (its passages, any order) that is a message of {@code messages}, in screen order:
     * a bubble showing its time matches a message of that minute, a bubble whose time OCR lost one between the times
     * of the bubbles around it. A message is matched by at most one bubble of a screenshot, so a screen showing "ok"
     * twice takes two "ok" messages, in order; a bubble matches one message in each export that holds it.
     */
    public static List<Match> match(List<Passage> screenshot, List<Passage> messages, ZoneId zone) {
        Map<String, List<Passage>> byText = new HashMap<>();
        List<Passage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparingLong((Passage m) -> m.time() == null ? Long.MAX_VALUE : m.time().sortKey())
                .thenComparing(Passage::evidenceId).thenComparingInt(m -> m.locator().message()));
        for (Passage m : sorted) {
            if (m.time() != null && !m.system() && m.locator().message() > 0) {
                byText.computeIfAbsent(normalised(m.text()), k -> new ArrayList<>()).add(m);
            }
        }
        List<Passage> paragraphs = inOrder(screenshot);
        List<Match> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ScreenshotTimes.Bubble b : ScreenshotTimes.bubbles(texts(paragraphs), zone)) {
            Window w = window(b);
            if (w == null) {
                continue;
            }
            Set<String> exports = new HashSet<>(); // one message per export: both phones' exports hold it
            for (Passage m : byText.getOrDefault(normalised(b.text()), List.of())) {
                if (w.holds(localMinute(m, zone)) && !exports.contains(m.evidenceId()) && taken.add(m.id())) {
                    exports.add(m.evidenceId());
                    out.add(new Match(paragraphs.get(b.paragraph()), b.text(), m));
                }
            }
        }
        return out;
    }

    private static Window window(ScreenshotTimes.Bubble b) {
        if (b.at() != null) {
            return new Window(b.at(), b.at());
        }
        return b.notBefore() == null || b.notAfter() == null ? null : new Window(b.notBefore(), b.notAfter());
    }

    /**
     * The facts each side gets, by evidence id: on the screenshot per paragraph the messages it shows, on the export
     * per message the screenshot paragraph it is seen in. The screen's words are quoted without ";", which separates
     * links: a picture cannot name a passage it does not show.
     */
    public static Map<String, Map<String, String>> facts(List<Match> matches, Map<String, String> evidenceNames,
                                                         ZoneId zone) {
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        for (Match m : matches) {
            Passage shot = m.screenshotParagraph();
            Passage msg = m.message();
            String when = TimelineBuilder.dutchTime(msg.time(), zone);
            add(facts, shot.evidenceId(), ALSO_IN_PREFIX + shot.locator().code(), msg.id() + " ("
                    + evidenceNames.getOrDefault(msg.evidenceId(), msg.evidenceId()) + ", " + when
                    + (msg.author() == null ? "" : ", " + msg.author()) + ": " + m.bubble().replace(';', ',') + ")");
            add(facts, msg.evidenceId(), ALSO_IN_PREFIX + msg.locator().code(), shot.id() + " (schermafbeelding "
                    + evidenceNames.getOrDefault(shot.evidenceId(), shot.evidenceId()) + ")");
        }
        return facts;
    }

    private static void add(Map<String, Map<String, String>> facts, String evidenceId, String key, String value) {
        facts.computeIfAbsent(evidenceId, k -> new LinkedHashMap<>()).merge(key, value, (a, b) -> a + "; " + b);
    }

    /** Text as compared: letters and digits only, lower case, without accents, single-spaced. */
    static String normalised(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    private static LocalDateTime localMinute(Passage m, ZoneId zone) {
        return m.time().start().withZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }

    /** The index returns passages in time order; the screen's order is the paragraphs' order. */
    private static List<Passage> inOrder(List<Passage> passages) {
        List<Passage> sorted = new ArrayList<>(passages);
        sorted.sort(Comparator.comparingInt((Passage p) -> p.locator().page())
                .thenComparingInt(p -> p.locator().paragraph())
                .thenComparingInt(p -> p.locator().sentence()));
        return sorted;
    }

    private static List<String> texts(List<Passage> paragraphs) {
        return paragraphs.stream().map(Passage::text).toList();
    }
}
