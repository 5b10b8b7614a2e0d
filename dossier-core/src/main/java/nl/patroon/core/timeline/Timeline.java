package nl.patroon.core.timeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The first timeline of a case: passages with suggestions in chronological order, counts per category per
 * month, and the exhibit list. Everything here is a suggestion until a person confirms it; {@link #notice()}
 * says so in the export itself. Contains no generation timestamp, so the same case always gives the same
 * document.
 */
@JsonPropertyOrder({"schemaVersion", "parketnummer", "title", "notice", "period", "parties", "counts",
        "entries", "undatedEntries", "passagesWithoutSuggestion", "exhibits"})
public record Timeline(int schemaVersion, String parketnummer, String title, String notice, Period period,
                       List<PartyView> parties, List<CategoryCount> counts, List<TimelineEntry> entries,
                       int undatedEntries, long passagesWithoutSuggestion, List<Exhibit> exhibits) {

    public static final int SCHEMA_VERSION = 1;

    public Timeline {
        parties = List.copyOf(parties);
        counts = List.copyOf(counts);
        entries = List.copyOf(entries);
        exhibits = List.copyOf(exhibits);
    }

    /** First and last dated entry (ISO dates), or nulls when nothing is dated. */
    public record Period(String from, String to) {
    }
}
