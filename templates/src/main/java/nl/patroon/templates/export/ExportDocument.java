package nl.patroon.templates.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import nl.patroon.core.redaction.Redaction;
import nl.patroon.core.timeline.PartyView;
import nl.patroon.core.timeline.SuggestionView;
import nl.patroon.core.timeline.TextSegment;

/**
 * What every format of an export shows, already fit for its audience (redacted, open suggestions only in the
 * working version). The JSON export is this record; the HTML and PDF render it. Its schema is
 * {@code nl/patroon/templates/json/tijdlijn.schema.json}; {@link #SCHEMA_VERSION} changes with it.
 */
@JsonPropertyOrder({"schemaVersion", "document", "audience", "audienceNl", "parketnummer", "title", "notice",
        "period", "parties", "months", "categories", "suggestionMonths", "redFlags", "summary", "orders", "family",
        "incidents", "entries", "undatedEntries", "passagesWithoutSuggestion", "exhibits", "manifest", "redactions"})
public record ExportDocument(int schemaVersion, String document, String audience, String audienceNl,
                             String parketnummer, String title, String notice, Period period, List<PartyView> parties,
                             List<Month> months, List<CategoryTotal> categories, List<Month> suggestionMonths,
                             List<RedFlag> redFlags, Summary summary, List<OrderLine> orders, Family family,
                             List<IncidentLine> incidents, List<Entry> entries, int undatedEntries,
                             long passagesWithoutSuggestion, List<ExhibitLine> exhibits, Manifest manifest,
                             List<Redaction> redactions) {

    /** 3: the chart counts confirmed incidents; summary (escalation, articles, single source) and family view. */
    public static final int SCHEMA_VERSION = 3;
    public static final String DOCUMENT = "patroon-tijdlijn";

    public ExportDocument {
        parties = List.copyOf(parties);
        months = List.copyOf(months);
        categories = List.copyOf(categories);
        suggestionMonths = List.copyOf(suggestionMonths);
        redFlags = List.copyOf(redFlags);
        orders = List.copyOf(orders);
        incidents = List.copyOf(incidents);
        entries = List.copyOf(entries);
        exhibits = List.copyOf(exhibits);
        redactions = List.copyOf(redactions);
    }

    /** First and last dated day (ISO dates), or nulls when nothing is dated. */
    public record Period(String from, String to) {
    }

    /**
     * One calendar month, also when nothing happened in it. In {@code months}: confirmed incidents (total: each
     * incident once; counts: per category, so an incident with two categories counts in both). In
     * {@code suggestionMonths} (working version only): suggestions, open ones included.
     */
    public record Month(String month, int total, List<Count> counts) {
        public Month {
            counts = List.copyOf(counts);
        }
    }

    public record Count(String category, int count) {
    }

    /** A category that occurs, with its Dutch name and total. */
    public record CategoryTotal(String category, String categoryNl, int total) {
    }

    /** A red flag of the checklist that occurs, with the entries that show it. */
    public record RedFlag(String category, String label, List<String> entries) {
        public RedFlag {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A protective order or family procedure.
     *
     * @param restraining true for huisverbod, contact-, locatie- and straatverbod; false for omgang and ots
     * @param breaches    confirmed incidents that breach it (from the analysis), in id order
     */
    public record OrderLine(String id, String kind, String protects, String against, String from, String to,
                            String source, String note, boolean restraining, List<String> breaches) {
        public OrderLine {
            breaches = List.copyOf(breaches);
        }
    }

    /**
     * An incident a person confirmed, with every source that supports it and how independent they are.
     *
     * @param victimOnly true when it rests on the victim's statement alone (art. 342 lid 2 Sv)
     */
    public record IncidentLine(String id, String time, String precision, String timeNl, String date,
                               List<String> categories, List<String> categoriesNl, String actor, String description,
                               List<IncidentSource> sources, int independentOrigins, boolean victimOnly) {
        public IncidentLine {
            categories = List.copyOf(categories);
            categoriesNl = List.copyOf(categoriesNl);
            sources = List.copyOf(sources);
        }
    }

    /** One supporting source of an incident: exhibit, place in it, the words quoted, whose knowledge it is. */
    public record IncidentSource(String exhibitId, String name, String passageId, String locator, String quote,
                                 String origin, String originNl) {
    }

    /**
     * One timeline entry with every place it is found.
     *
     * @param date ISO day of the entry (for the period filter), or null when undated
     */
    public record Entry(String id, String time, String timeEnd, String precision, String timeNl, String date,
                        String author, String party, String speaker, String sourceKind, boolean system, String text,
                        List<TextSegment> segments, List<SuggestionView> suggestions, List<ExhibitRef> references) {
        public Entry {
            segments = List.copyOf(segments);
            suggestions = List.copyOf(suggestions);
            references = List.copyOf(references);
        }
    }

    /** Where an entry is found: exhibit, its name, the place in it (message, page and paragraph). */
    public record ExhibitRef(String exhibitId, String name, String passageId, String locatorNl, String sha256) {
    }

    /** One line of the exhibit list. {@code path} is relative to the seized medium. */
    public record ExhibitLine(String id, String name, String path, String sourceKind, String mediaType, String sha256,
                              long size, String parentId, String state, String reason, int passages,
                              List<Fact> facts) {
        public ExhibitLine {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String key, String value) {
    }

    /**
     * The exhibit manifest: one line per exhibit, {@code id SP sha256 SP path LF}, in list order, and its SHA-256.
     * Anyone can rebuild the lines from the exhibit list and check the hash.
     */
    public record Manifest(String algorithm, String lines, String sha256) {
    }
}
