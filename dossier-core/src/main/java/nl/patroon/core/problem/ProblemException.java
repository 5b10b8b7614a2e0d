package nl.patroon.core.problem;

/**
 * A {@link Problem} raised: the user's input cannot be acted on. An {@link IllegalArgumentException}, so code that
 * handles bad input handles it; its message is the Dutch text, the shell shows {@link #problem()} in the session's
 * language.
 */
public class ProblemException extends IllegalArgumentException {
    private final transient Problem problem;

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.dutch(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
