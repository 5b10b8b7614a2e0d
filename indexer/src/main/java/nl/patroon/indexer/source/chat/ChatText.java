package nl.patroon.indexer.source.chat;

import java.util.regex.Pattern;

/**
 * Text normalisation that every chat export needs before its timestamps can be read: exports in
 * right-to-left locales wrap fields in invisible direction marks and may write Arabic-Indic or Persian digits.
 */
public final class ChatText {
    // LRM, RLM, ALM, LRE..RLO, LRI..PDI, BOM: invisible, but they break every pattern they land in.
    private static final Pattern BIDI = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private ChatText() {
    }

    /** Removes direction marks and the byte-order mark. */
    public static String stripBidi(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isBidi(s.charAt(i))) {
                return BIDI.matcher(s).replaceAll("");
            }
        }
        return s;
    }

    /** A direction mark or the byte-order mark (the characters {@link #stripBidi} removes). */
    public static boolean isBidi(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    /** True when a direction mark stands at {@code i}: WhatsApp iOS writes one before generated text. */
    public static boolean bidiMarkAt(String s, int i) {
        return i < s.length() && isBidi(s.charAt(i));
    }

    /** Whether, after direction marks, the line starts with a bracket or a (Western, Arabic or Persian) digit. */
    public static boolean mayStartTimestamp(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isBidi(c)) {
                return c == '[' || (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669')
                        || (c >= '\u06F0' && c <= '\u06F9');
            }
        }
        return false;
    }

    /** Whether the string contains Persian (extended Arabic-Indic) digits. */
    public static boolean hasPersianDigits(String s) {
        return s.chars().anyMatch(c -> c >= '\u06F0' && c <= '\u06F9');
    }

    /**
     * The header form of a line: direction marks removed, Arabic-Indic and Persian digits as ASCII, no-break
     * spaces as spaces and the Arabic comma as a comma. Only used to read timestamps; message text is kept.
     */
    public static String headerForm(String line) {
        String s = stripBidi(line);
        if (!needsHeaderFolding(s)) {
            return s; // the usual case: nothing to fold, no copy
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + (c - '\u06F0')));
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                b.append(' ');
            } else if (c == '\u060C') {
                b.append(',');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean needsHeaderFolding(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9' || c == '\u00A0' || c == '\u202F'
                    || c == '\u2007' || c == '\u060C') {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset in {@code original} that corresponds to {@code normalisedOffset} in {@link #headerForm}:
     * the normalisation is one character for one, except that direction marks are dropped.
     */
    public static int originalOffset(String original, int normalisedOffset) {
        int seen = 0;
        for (int i = 0; i < original.length(); i++) {
            if (seen == normalisedOffset) {
                return i;
            }
            if (!isBidi(original.charAt(i))) {
                seen++;
            }
        }
        return original.length();
    }

    /**
     * The lines of a text export, decoded as UTF-8 without failing on bad bytes: a damaged byte becomes
     * U+FFFD (reported through {@link #hasReplacements}) instead of losing the whole export.
     */
    public static java.util.List<String> lines(java.nio.file.Path file) throws java.io.IOException {
        return lines(java.nio.file.Files.readAllBytes(file));
    }

    /**
     * The lines of UTF-8 text, split at CR LF, LF or CR, empty lines kept, the last one included: what
     * {@code new String(utf8, UTF_8).split("\r\n|\n|\r", -1)} gives, without a regular expression per line break (an
     * export has hundreds of thousands). Split before decoding: a line break is one byte that no UTF-8 sequence
     * contains, and decoding each line on its own keeps plain lines compact (one byte per character) where one decoded
     * text with a single emoji would be two bytes per character throughout.
     */
    public static java.util.List<String> lines(byte[] utf8) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '\n' || b == '\r') {
                lines.add(new String(utf8, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
                if (b == '\r' && i + 1 < utf8.length && utf8[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new String(utf8, start, utf8.length - start, java.nio.charset.StandardCharsets.UTF_8));
        return java.util.Collections.unmodifiableList(lines);
    }

    public static boolean hasReplacements(java.util.List<String> lines) {
        return lines.stream().anyMatch(l -> l.indexOf('\uFFFD') >= 0);
    }
}
