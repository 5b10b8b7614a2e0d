package nl.patroon.core.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The one end state every file handed to Patroon reaches. */
public enum IngestState {
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
