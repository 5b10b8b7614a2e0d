package nl.patroon.core.review;

import java.util.Objects;
import nl.patroon.core.detect.Suggestion;

/**
 * A suggestion with what bulk review selects it by besides its own fields: who wrote the passage and which
 * conversation it is in. The caller reads these from the passage (party id, else the author as written) and
 * the evidence item (one chat export, one mailbox: one conversation).
 *
 * @param author       party id (P-01) or the author as written; null when the passage has none
 * @param conversation the evidence id of the conversation (E-0004)
 */
public record ReviewItem(Suggestion suggestion, String author, String conversation) {
    public ReviewItem {
        Objects.requireNonNull(suggestion, "suggestion");
        conversation = conversation == null ? suggestion.evidenceId() : conversation;
    }

    public String id() {
        return suggestion.id();
    }
}
