package nl.patroon.shell;

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
                return "Patroon is gestopt: onvoldoende geheugen (" + oom.getMessage() + "). Wat al verwerkt was, is"
                        + " bewaard; dezelfde opdracht opnieuw gaat verder waar hij stopte. Geef zo nodig meer"
                        + " geheugen, bijvoorbeeld PATROON_JAVA_OPTS=\"-Xmx4g -XX:+UseParallelGC\".";
            }
            if (t instanceof Error e) {
                return "Patroon is gestopt door een onverwachte fout: " + e + ". Wat al verwerkt was, is bewaard;"
                        + " dezelfde opdracht opnieuw gaat verder waar hij stopte.";
            }
        }
        return null;
    }
}
