package nl.patroon.shell;

import nl.patroon.shell.support.Messages;

/**
 * What to tell the user when a command stops on a JVM error (out of memory, stack overflow, a broken class path).
 * Spring Shell's exception handling only sees {@link Exception}s; an {@link Error} leaves the command through Spring
 * Boot as a bare {@code IllegalStateException}, which nothing printed, so an ingest that ran out of memory ended
 * with exit code 2 and not a word on screen.
 */
final class UnexpectedStop {
    /** Exit code of a command stopped by such an error (README: exit codes). */
    static final int EXIT = 1;

    private UnexpectedStop() {
    }

    /** The message for a failure caused by a JVM error, or null when no error is among its causes. */
    static String message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return Messages.get("stop.memory", oom.getMessage());
            }
            if (t instanceof Error e) {
                return Messages.get("stop.error", e.toString());
            }
        }
        return null;
    }
}
