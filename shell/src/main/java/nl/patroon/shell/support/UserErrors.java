package nl.patroon.shell.support;

import nl.patroon.core.casefile.CaseStorageException;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.stereotype.Component;

/**
 * Turns expected errors (bad input, missing case) into a one-line Dutch message and exit code 2, instead of a
 * stack trace. Unexpected errors keep Spring Shell's default handling.
 */
@Component
public class UserErrors implements CommandExceptionResolver {
    public static final int USER_ERROR = 2;

    @Override
    public CommandHandlingResult resolve(Exception e) {
        if (e instanceof CaseStorageException || e instanceof IllegalArgumentException
                || e instanceof java.io.UncheckedIOException) {
            return CommandHandlingResult.of("Fout: " + e.getMessage() + "\n", USER_ERROR);
        }
        if (e instanceof CommandFailed f) {
            return CommandHandlingResult.of(f.getMessage() + "\n", f.exitCode());
        }
        return null;
    }

    /** A command ran but its outcome is a failure the caller must see in the exit code (e.g. failed files). */
    public static final class CommandFailed extends RuntimeException {
        private final int exitCode;

        public CommandFailed(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
