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
 * names, and their texts are equal once case, accents, punctuation and spacing are set aside (OCR misreads those, not
 * words). A bubble without a readable day is never matched: its minute alone says too little. The screen shows no
 * author for a one-to-one chat, so the author is not compared; within one minute two people rarely send the same text.
 * Pure: the ingest's linking stage reads the passages and writes the links as facts on both items.
 */
public final class ScreenshotMatches {
    /** Fact key, on either side, per passage: {@code ook.in.a7} on the screenshot, {@code ook.in.m86} on the chat. */
    public static final String ALSO_IN_PREFIX = "ook.in.";

    /** One bubble of a screenshot found as a message of an export. */
    public record Match(Passage screenshotParagraph, String bubble, Passage message) {
    }

    private ScreenshotMatches() {
    }

    /** The minutes (local, in {@code zone}) of a screenshot's dated bubbles: which messages are worth loading. */
    public static Set<LocalDateTime> minutes(List<Passage> screenshot, ZoneId zone) {
        Set<LocalDateTime> out = new HashSet<>();
        for (ScreenshotTimes.Bubble b : ScreenshotTimes.bubbles(texts(inOrder(screenshot)), zone)) {
            if (b.at() != null) {
                out.add(b.at());
            }
        }
        return out;
    }

    /** Whether a message was sent in one of these local minutes. */
    public static boolean sentIn(Passage message, Set<LocalDateTime> minutes, ZoneId zone) {
        return message.time() != null && minutes.contains(localMinute(message, zone));
    }

    /**
     * Every bubble of the screenshot (its passages, any order) that is a message of {@code messages}, in screen order.
     * A message is matched by at most one bubble of a screenshot, so a screen showing "ok" twice in one minute takes two
     * "ok" messages of that minute, in order.
     */
    public static List<Match> match(List<Passage> screenshot, List<Passage> messages, ZoneId zone) {
        Map<String, List<Passage>> byMinuteAndText = new HashMap<>();
        for (Passage m : messages) {
            if (m.time() != null && !m.system() && m.locator().message() > 0) {
                byMinuteAndText.computeIfAbsent(key(localMinute(m, zone), m.text()), k -> new ArrayList<>()).add(m);
            }
        }
        List<Passage> paragraphs = inOrder(screenshot);
        List<Match> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ScreenshotTimes.Bubble b : ScreenshotTimes.bubbles(texts(paragraphs), zone)) {
            if (b.at() == null) {
                continue;
            }
            for (Passage m : byMinuteAndText.getOrDefault(key(b.at(), b.text()), List.of())) {
                if (taken.add(m.id())) {
                    out.add(new Match(paragraphs.get(b.paragraph()), b.text(), m));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The facts each side gets, by evidence id: on the screenshot per paragraph the messages it shows, on the export
     * per message the screenshot paragraph it is seen in.
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
                    + (msg.author() == null ? "" : ", " + msg.author()) + ": " + m.bubble() + ")");
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

    private static String key(LocalDateTime minute, String text) {
        return minute + "|" + normalised(text);
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
