package nl.patroon.indexer.time;

import java.time.LocalTime;
import java.util.Locale;

/**
 * The Dutch dagdelen as spoken in statements. Bounds follow common usage (ochtend 06–12, middag 12–18,
 * avond 18–24, nacht 00–06). {@link #NIGHT_AFTER} is the night that follows a named day ("zaterdagnacht",
 * "in de nacht van 7 op 8 juni"): 22.00 that day until 06.00 the next, because people name a night after the
 * evening it began.
 */
enum DayPart {
    MORNING(LocalTime.of(6, 0), LocalTime.of(11, 59, 59)),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 59, 59)),
    EVENING(LocalTime.of(18, 0), LocalTime.of(23, 59, 59)),
    NIGHT(LocalTime.MIDNIGHT, LocalTime.of(5, 59, 59)),
    NIGHT_AFTER(LocalTime.of(22, 0), LocalTime.of(5, 59, 59));

    final LocalTime from;
    final LocalTime to;

    DayPart(LocalTime from, LocalTime to) {
        this.from = from;
        this.to = to;
    }

    /** From a word or suffix: "ochtend", "morgens", "'s avonds", "avond", "nacht". Null when not a day part. */
    static DayPart of(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("ochtend") || w.contains("morgen")) {
            return MORNING;
        }
        if (w.contains("middag")) {
            return AFTERNOON;
        }
        if (w.contains("avond")) {
            return EVENING;
        }
        if (w.contains("nacht")) {
            return NIGHT;
        }
        return null;
    }

    /** The 24-hour clock hour meant by a spoken hour in this part of the day ("tien uur 's avonds" is 22). */
    int hour24(int hour) {
        switch (this) {
            case AFTERNOON:
                return hour >= 1 && hour <= 6 ? hour + 12 : hour;
            case EVENING:
                return hour >= 1 && hour <= 11 ? hour + 12 : hour == 12 ? 0 : hour;
            case NIGHT:
            case NIGHT_AFTER:
                return hour == 12 ? 0 : hour >= 9 && hour <= 11 ? hour + 12 : hour;
            default:
                return hour;
        }
    }
}
