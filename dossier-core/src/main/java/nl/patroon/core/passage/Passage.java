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
 */
public record Passage(String evidenceId, Locator locator, EventTime time, String author, String partyId,
                      String language, boolean system, String text) {
    public Passage {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(text, "text");
    }

    /** Globally unique and stable: evidence id plus locator code, e.g. {@code E-0007:p2.3}. */
    public String id() {
        return evidenceId + ":" + locator.code();
    }
}
