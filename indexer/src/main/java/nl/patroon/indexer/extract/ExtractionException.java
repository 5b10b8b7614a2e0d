package nl.patroon.indexer.extract;

/** Extraction could not complete; {@link #getMessage()} is the user-facing Dutch reason. */
public final class ExtractionException extends Exception {
    public enum Kind { EMPTY, ENCRYPTED, CORRUPT }

    private final Kind kind;

    public ExtractionException(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
