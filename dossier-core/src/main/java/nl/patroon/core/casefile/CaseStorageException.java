package nl.patroon.core.casefile;

/** The case workspace could not be read or written. The message is for the user (Dutch). */
public class CaseStorageException extends RuntimeException {
    public CaseStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
