package nl.patroon.core.problem;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Something the user must know or fix, said where it is found but worded where it is shown: a key into the
 * {@code problems} texts (Dutch and English, {@code nl/patroon/core/problem/problems_*.properties}) and its
 * arguments. Code below the shell raises it (see {@link ProblemException}) or keeps its Dutch text (reports, the
 * ingest journal); the shell renders it in the session's language.
 *
 * @param key  e.g. {@code case.not-found}; stable, also the reason code of an ingest report row
 * @param args the values the text names (paths, ids), as given
 */
public record Problem(String key, List<Object> args) {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String BUNDLE = "nl.patroon.core.problem.problems";

    public Problem {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
        text(key, DUTCH, List.of()); // fails now, not when shown, for a key without a text
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }

    /** Raised: an {@link IllegalArgumentException} whose message is the Dutch text. */
    public ProblemException exception() {
        return new ProblemException(this, null);
    }

    public ProblemException exception(Throwable cause) {
        return new ProblemException(this, cause);
    }

    /** The text in a language: English for an English locale, Dutch otherwise. */
    public String text(Locale locale) {
        return text(key, locale, args);
    }

    public String dutch() {
        return text(DUTCH);
    }

    /**
     * The problem a Dutch text was made from, for texts kept as text (the ingest journal's reasons): the first key
     * under {@code prefix} whose Dutch pattern produces exactly this text, with the arguments read back. A text
     * made some other way is not recognised and stays as it is.
     */
    public static Optional<Problem> recognise(String prefix, String dutchText) {
        if (dutchText == null) {
            return Optional.empty();
        }
        ResourceBundle nl = bundle(DUTCH);
        // The most specific pattern first (the longest): "(eerder in deze run)" before "({1})".
        for (String key : nl.keySet().stream().filter(k -> k.startsWith(prefix))
                .sorted(java.util.Comparator.comparingInt((String k) -> -nl.getString(k).length())
                        .thenComparing(java.util.Comparator.naturalOrder())).toList()) {
            MessageFormat format = new MessageFormat(nl.getString(key), DUTCH);
            ParsePosition at = new ParsePosition(0);
            Object[] args = format.parse(dutchText, at);
            if (args != null && at.getIndex() == dutchText.length()
                    && format.format(args).equals(dutchText)) {
                return Optional.of(new Problem(key, Arrays.asList(args)));
            }
        }
        return Optional.empty();
    }

    /**
     * A reason the parse workers retried: the worker's Dutch text with " (2 pogingen)" after it. The reason without
     * that suffix and the number of attempts; empty for any other text.
     */
    public static Optional<Retried> retried(String dutchText) {
        java.util.regex.Matcher m = dutchText == null ? null : RETRIED.matcher(dutchText);
        return m != null && m.matches() ? Optional.of(new Retried(m.group(1), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** @param reason the reason as the worker gave it, @param attempts how many times it was tried */
    public record Retried(String reason, int attempts) {
    }

    private static final java.util.regex.Pattern RETRIED = java.util.regex.Pattern.compile("(.+) \\((\\d+) pogingen\\)");

    private static String text(String key, Locale locale, List<Object> args) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(args.toArray());
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale l = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
        return ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
