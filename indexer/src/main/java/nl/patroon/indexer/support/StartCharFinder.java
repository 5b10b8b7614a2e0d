package nl.patroon.indexer.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches exactly as {@link Matcher#find()} does, but tries the pattern only at positions whose
 * character can start a match. Java's regular expressions try every position, and a leading {@code \b}, look-behind
 * or case-insensitive alternation costs 35-90 ns per character on the quick C1 compiler; a report is read by several
 * such patterns. The caller states which characters can start a match ({@code starts}, lower case; a character
 * counts when its case-folded form is listed, as {@code CASE_INSENSITIVE | UNICODE_CASE} folds, or when
 * {@code digits} and it is an ASCII digit); a pattern that could start elsewhere must not be given here
 * ({@code StartCharFinderProperties} checks the patterns in use against {@code find()}).
 *
 * <p>A pattern that can only start a word ({@code \b} or a look-behind such as {@code (?<![\p{L}\d])} before its
 * first letter or digit) may also be tried only where the character before is neither a letter nor an ASCII digit
 * ({@code wordStart}): a superset of where either can match, since both forbid a letter there, and {@code \b} any
 * digit.
 *
 * <p>Bounds are transparent, so look-behind and {@code \b} see the characters before a candidate, and not
 * anchoring, so {@code ^} still means the start of the text.
 */
public final class StartCharFinder {
    /**
     * Where a pattern can start, prepared once per pattern: the characters ({@code chars}, lower case), whether an ASCII
     * digit can, and whether only at a word start ({@code wordStart}, see the class comment). Immutable.
     */
    public static final class Starts {
        private final String chars;
        /** ASCII characters that can start a match, both cases of each letter: the common case, one array load. */
        private final boolean[] ascii = new boolean[128];
        private final boolean wordStart;

        public Starts(String chars, boolean digits, boolean wordStart) {
            this.chars = chars;
            this.wordStart = wordStart;
            for (char c : chars.toCharArray()) {
                if (c < 128) {
                    ascii[Character.toLowerCase(c)] = true;
                    ascii[Character.toUpperCase(c)] = true;
                }
            }
            for (char c = '0'; digits && c <= '9'; c++) {
                ascii[c] = true;
            }
        }

        boolean canStart(char c) {
            if (c < 128) {
                return ascii[c];
            }
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            return chars.indexOf(c) >= 0 || folded != c && chars.indexOf(folded) >= 0;
        }
    }

    private final Matcher matcher;
    private final CharSequence text;
    private final Starts starts;
    private int next;

    public StartCharFinder(Pattern pattern, CharSequence text, String starts, boolean digits) {
        this(pattern, text, new Starts(starts, digits, false));
    }

    public StartCharFinder(Pattern pattern, CharSequence text, Starts starts) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.starts = starts;
    }

    /** As {@link Matcher#find()}: true when there is a next match, which {@link #matcher()} then holds. */
    public boolean find() {
        int n = text.length();
        for (int i = next; i < n; i++) {
            if (!starts.canStart(text.charAt(i)) || starts.wordStart && i > 0 && inWord(text.charAt(i - 1))) {
                continue;
            }
            matcher.region(i, n);
            if (matcher.lookingAt()) {
                next = matcher.end() > i ? matcher.end() : i + 1;
                return true;
            }
        }
        next = n;
        return false;
    }

    /** The matcher positioned on the last match found (groups, start, end). */
    public Matcher matcher() {
        return matcher;
    }

    /** A letter or an ASCII digit: what both {@code \b} and {@code (?<![\p{L}\d])} forbid before a word's start. */
    private static boolean inWord(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetter(c);
    }
}
