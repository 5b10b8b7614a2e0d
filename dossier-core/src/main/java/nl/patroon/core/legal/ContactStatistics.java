package nl.patroon.core.legal;

/**
 * For belaging: how many contact incidents, on how many days, over what span, how often. The court weighs
 * duration and frequency (reference.md §2.2: a 3.5-week burst may not be stelselmatig); these make them
 * visible, they do not judge them.
 *
 * @param first   first day (ISO), or null without dated contacts
 * @param perWeek incidents per week over the span (span days / 7, at least one week), two decimals
 */
public record ContactStatistics(int incidents, int days, String first, String last, long spanDays, String perWeek,
                                int undated) {
}
