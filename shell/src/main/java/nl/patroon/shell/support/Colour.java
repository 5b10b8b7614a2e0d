package nl.patroon.shell.support;

/**
 * Colour only for a person at a terminal: never into a pipe or a file, never with {@code NO_COLOR} set
 * (no-color.org) or on a dumb terminal. Highlighted words are marked «so» otherwise, which survives any pipe.
 */
public final class Colour {
    private static final String BOLD_YELLOW = "\u001b[1;33m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";
    private static final boolean ON = decide(System.console() != null, System.getenv("NO_COLOR"), System.getenv("TERM"));

    private Colour() {
    }

    /** Whether to colour: a terminal on both ends, {@code NO_COLOR} unset or empty, and a terminal that can. */
    static boolean decide(boolean terminal, String noColor, String term) {
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
    }

    public static boolean on() {
        return ON;
    }

    /** Highlighted words («…» from the search highlighter) in bold yellow on a terminal, as they are elsewhere. */
    public static String highlights(String text) {
        return highlights(text, ON);
    }

    static String highlights(String text, boolean colour) {
        return colour ? text.replace("«", BOLD_YELLOW).replace("»", RESET) : text;
    }

    /** An error line, red on a terminal. */
    public static String error(String line) {
        return ON ? RED + line + RESET : line;
    }
}
