package nl.patroon.core.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a file handed to Patroon stands: {@link #PENDING} while it is being taken in (its evidence row is recorded
 * before it is read), then the one end state it reaches ({@link #isEnd}). The case's evidence rows and the ingest's
 * report and journal use this one type.
 */
public enum IngestState {
    /** Stored and recorded, not yet read: a crash interrupted it if a run is not under way; a re-run reads it again. */
    PENDING("in behandeling"),
    /** Text extracted, passages indexed. */
    INDEXED("geïndexeerd"),
    /** Bit-identical to evidence already in the case; not stored or indexed again. */
    DUPLICATE("duplicaat"),
    /** Could not be processed; the reason says why (corrupt, encrypted, timeout, …). */
    FAILED("mislukt"),
    /** Deliberately not processed; the reason says why (no text, OCR not available, …). */
    SKIPPED("overgeslagen");

    private final String dutch;

    IngestState(String dutch) {
        this.dutch = dutch;
    }

    /** Whether this is an end state (indexed, duplicate, failed, skipped), as every file in a report has. */
    public boolean isEnd() {
        return this != PENDING;
    }

    public String dutch() {
        return dutch;
    }

    /** The stable code used in reports: {@code indexed}, {@code duplicate}, {@code failed}, {@code skipped}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static IngestState parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
