package nl.patroon.core.passage;

import java.util.Objects;

/**
 * The unit of text: one chat message, one e-mail body, one paragraph of a report page.
 *
 * @param evidenceId the evidence item it was read from
 * @param locator    where in that item
 * @param time       when it was written or what it reports on, or null when unknown
 * @param author     the author as written in the source (name, number, address), or null
 * @param partyId    the party the author resolved to, or null when unresolved
 * @param system     true for lines the app wrote itself (encryption notices, "Dit bericht is verwijderd")
 * @param speaker    in a report, the role of whoever made the statement as the report names it ("aangeefster",
 *                   "verdachte", "getuige", "verbalisant", "moeder"), or null. Distinct from the author: the
 *                   verbalisant writes the aangifte, the aangeefster speaks it, and only the latter's words count
 *                   as her statement.
 */
public record Passage(String evidenceId, Locator locator, EventTime time, String author, String partyId,
                      String language, boolean system, String text, String speaker) {
    public Passage {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(text, "text");
    }

    /** A passage without a speaker (chat messages, e-mails: the author speaks). */
    public Passage(String evidenceId, Locator locator, EventTime time, String author, String partyId,
                   String language, boolean system, String text) {
        this(evidenceId, locator, time, author, partyId, language, system, text, null);
    }

    /** Globally unique and stable: evidence id plus locator code, e.g. {@code E-0007:p2.3}. */
    public String id() {
        return evidenceId + ":" + locator.code();
    }
}
