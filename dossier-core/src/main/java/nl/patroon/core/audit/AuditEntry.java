package nl.patroon.core.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One line of {@code audit.log}. {@code prev} is the SHA-256 of the previous line's exact UTF-8 bytes
 * (64 zeros for the first line), so editing, inserting or deleting a line breaks the chain.
 */
@JsonPropertyOrder({"seq", "time", "user", "action", "details", "prev"})
public record AuditEntry(long seq, String time, String user, String action, Map<String, Object> details,
                         String prev) {
}
