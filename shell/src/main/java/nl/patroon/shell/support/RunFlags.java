package nl.patroon.shell.support;

/**
 * The options that belong to Patroon itself rather than to a command ({@code --debug}, {@code --lang}), taken
 * off the command line before Spring Shell parses it.
 */
public final class RunFlags {
    private static volatile boolean debug;

    private RunFlags() {
    }

    /** Stack traces are shown only with {@code --debug}. */
    public static boolean debug() {
        return debug;
    }

    public static void debug(boolean on) {
        debug = on;
    }
}
