package nl.patroon.shell.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.patroon.core.problem.Problem;

/**
 * Everything the shell says to a person, in Dutch by default and in English on request ({@code --lang en}, the
 * environment variable {@code PATROON_LANG}, or an English locale such as {@code LANG=en_GB.UTF-8}). The texts
 * live in {@code messages_nl.properties} and {@code messages_en.properties}; counted words use {@link MessageFormat}'s choice format ("1 bestand",
 * "2 bestanden"). The language is chosen once per process, before Spring starts.
 */
public final class Messages {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static volatile Locale locale = fromEnvironment();
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {
    }

    /** Picks the language: "en"/"english"/"engels" gives English, anything else Dutch. */
    public static void use(String language) {
        locale = language != null && language.toLowerCase(Locale.ROOT).matches("en|en[-_].*|english|engels")
                ? Locale.ENGLISH : DUTCH;
        bundle = load(locale);
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean english() {
        return locale.equals(Locale.ENGLISH);
    }

    /** The text for a key with its arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A problem raised below the shell (app use cases, dossier-core, the indexer), in the session's language. */
    public static String problem(Problem p) {
        return p.text(locale);
    }

    /** The text for a key, or {@code fallback} when the bundle has none (a built-in command's description). */
    public static String getOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * {@code PATROON_LANG}, else the locale the environment asks for explicitly ({@code LC_ALL},
     * {@code LC_MESSAGES}, {@code LANG}: English for en_*). Java's default locale is not asked: it says "en" for
     * the plain C locale, which is no one's choice of English.
     */
    private static Locale fromEnvironment() {
        for (String name : new String[] {"PATROON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return value.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : DUTCH;
            }
        }
        return DUTCH;
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle("messages", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
