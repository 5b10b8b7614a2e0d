package nl.patroon.core.casefile;

import java.util.Optional;
import nl.patroon.core.problem.Problem;

/**
 * The case workspace could not be read or written. The message is for the user (Dutch); {@link #problem()} says
 * it in another language too, when the exception was made from one.
 */
public class CaseStorageException extends RuntimeException {
    private final transient Problem problem;

    public CaseStorageException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public CaseStorageException(Problem problem, Throwable cause) {
        super(problem.dutch(), cause);
        this.problem = problem;
    }

    /** The problem to show in the user's language, if the exception was made from one. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
