package nl.patroon.indexer.source.sms;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.chat.LocalTimes;

/**
 * The {@code readable_date} attribute: the message's local time written in the phone's language ("8 jun. 2024
 * 23:40:12", "Jun 8, 2024 11:40:12 PM", "08.06.2024 23:40:12"). The epoch milliseconds in {@code date} are
 * exact and always preferred; this is read only for a message whose {@code date} is missing or unreadable.
 * Only forms that name the month or order day and month unmistakably are read: "08/06/2024" could be either
 * day first or month first, so it is left undated rather than guessed.
 */
final class ReadableDate {
    private static final List<DateTimeFormatter> FORMS = List.of(
            form("d MMM yyyy HH:mm:ss", Locale.forLanguageTag("nl")),
            form("d MMM yyyy HH:mm", Locale.forLanguageTag("nl")),
            form("d MMMM yyyy HH:mm:ss", Locale.forLanguageTag("nl")),
            form("MMM d, yyyy h:mm:ss a", Locale.US),
            form("d MMM yyyy HH:mm:ss", Locale.UK),
            form("d MMM yyyy HH:mm:ss", Locale.GERMAN),
            form("dd.MM.yyyy HH:mm:ss", Locale.GERMAN),
            form("yyyy-MM-dd HH:mm:ss", Locale.ROOT));
    /** "8 jun 2024" as older Android versions write it: a Dutch month without its dot. */
    private static final Pattern DUTCH_MONTH_WITHOUT_DOT = Pattern.compile(
            "(?i)\\b(jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)(?=\\s+\\d{4})");
    private static final Pattern NARROW_SPACES = Pattern.compile("[\\u00A0\\u202F]");

    private ReadableDate() {
    }

    private static DateTimeFormatter form(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.SMART);
    }

    /** The time as written, placed in {@code zone} to the second; empty when no unmistakable form fits. */
    static Optional<EventTime> parse(String readable, ZoneId zone) {
        if (readable == null || readable.isBlank()) {
            return Optional.empty();
        }
        String text = NARROW_SPACES.matcher(readable.strip()).replaceAll(" "); // Android 14 writes "11:40:12\u202FPM"
        text = DUTCH_MONTH_WITHOUT_DOT.matcher(text).replaceAll("$1.");
        for (DateTimeFormatter f : FORMS) {
            try {
                LocalDateTime local = LocalDateTime.parse(text, f);
                return Optional.of(EventTime.at(LocalTimes.place(local, zone).at(), TimePrecision.SECOND));
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }
}
