package nl.patroon.core.timeline;

import java.util.List;

/**
 * One passage on the timeline, with everything a reader needs to find it in the original: evidence id,
 * locator, SHA-256 of the original; and with the suggestions made on it.
 *
 * @param time      ISO-8601 start with offset and zone, or null when the passage is undated
 * @param timeNl    the time as a Dutch reader expects it ("za 8 jun 2024 23:40"), with precision
 * @param alsoIn    other places the same message was found (passage ids), e.g. the other phone's export
 * @param speaker   in a report, who made the statement ("aangeefster", "verbalisant"), else null
 */
public record TimelineEntry(String passageId, String evidenceId, String locator, String locatorNl, String sha256,
                            String time, String timeEnd, String precision, String timeNl, String author,
                            String party, String speaker, String sourceKind, boolean system, String text,
                            List<TextSegment> segments, List<SuggestionView> suggestions, List<String> alsoIn) {
    public TimelineEntry {
        alsoIn = List.copyOf(alsoIn);
        segments = List.copyOf(segments);
        suggestions = List.copyOf(suggestions);
    }

    /** For templates: whether the message was found in more than one place. */
    public boolean hasCopies() {
        return !alsoIn.isEmpty();
    }
}
