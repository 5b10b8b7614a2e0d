package nl.patroon.indexer.source.sms;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Repairs the character references "SMS Backup &amp; Restore" writes for characters outside the Basic
 * Multilingual Plane, before the XML parser sees them. The app writes an emoji as its two UTF-16 halves
 * ({@code &#55357;&#56856;} for 😘), which XML 1.0 forbids, so a strict parser rejected the whole file. A valid
 * high-then-low pair becomes the real character; a half without its partner, and a reference to any other
 * character XML 1.0 does not allow (controls such as {@code &#1;}), becomes U+FFFD, so the message keeps its
 * words. Every other character and reference passes unchanged; nothing here expands entities or reads a DTD.
 */
final class SurrogateReferenceReader extends FilterReader {
    /** Longest reference looked at: {@code &#x10FFFF;} and {@code &#1114111;} fit, with room for leading zeros. */
    private static final int MAX_REFERENCE = 16;
    static final char REPLACEMENT = '\uFFFD';

    private final PushbackReader in;
    /** A character decided but not yet returned: the low half of a repaired pair. */
    private int pending = -1;

    SurrogateReferenceReader(Reader in) {
        this(new PushbackReader(in, 2 * MAX_REFERENCE + 2));
    }

    private SurrogateReferenceReader(PushbackReader in) {
        super(in);
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        int c = in.read();
        if (c != '&') {
            return c;
        }
        String first = reference();
        if (first == null) {
            return '&';
        }
        int value = value(first);
        if (value < Character.MIN_SURROGATE || value > Character.MAX_SURROGATE) {
            if (allowedInXml(value)) {
                in.unread(first.toCharArray());
                return '&';
            }
            return REPLACEMENT;
        }
        if (Character.isLowSurrogate((char) value)) {
            return REPLACEMENT; // a low half with no high half before it
        }
        int next = in.read();
        if (next == '&') {
            String second = reference();
            int low = second == null ? -1 : value(second);
            if (low >= Character.MIN_LOW_SURROGATE && low <= Character.MAX_LOW_SURROGATE) {
                pending = low;
                return value;
            }
            if (second != null) {
                in.unread(second.toCharArray());
            }
            in.unread('&');
        } else if (next >= 0) {
            in.unread(next);
        }
        return REPLACEMENT; // a high half with no low half after it
    }

    /**
     * After an {@code &}: the rest of a numeric reference ({@code #55357;}) if one follows, consumed; otherwise
     * null, with nothing consumed.
     */
    private String reference() throws IOException {
        char[] buf = new char[MAX_REFERENCE];
        int n = 0;
        while (n < MAX_REFERENCE) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            buf[n++] = (char) c;
            if (c == ';' || !(n == 1 ? c == '#' : n == 2 ? c == 'x' || c == 'X' || isHex(c) : isHex(c))) {
                break;
            }
        }
        String s = new String(buf, 0, n);
        if (n >= 3 && buf[n - 1] == ';' && value(s) >= 0) {
            return s;
        }
        in.unread(buf, 0, n);
        return null;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The code point of {@code #123;} or {@code #x7B;}; -1 when malformed (the parser then says why). */
    static int value(String ref) {
        boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
        String digits = ref.substring(hex ? 2 : 1, ref.length() - 1);
        if (digits.isEmpty() || digits.length() > 8) {
            return -1;
        }
        try {
            long v = Long.parseLong(digits, hex ? 16 : 10);
            return v > Character.MAX_CODE_POINT ? -1 : (int) v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** XML 1.0's Char production, surrogates aside (they are handled above). */
    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= Character.MAX_CODE_POINT;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            cbuf[off + n++] = (char) c;
            if (!in.ready() && pending < 0) {
                break; // do not block for more than what is at hand
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
