package nl.patroon.templates.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the embedded font can draw. Text for the PDF passes through {@link #printable(String)}: a
 * character the font lacks (most emoji) becomes a labelled placeholder such as {@code [emoji: PILE OF POO]}, so
 * a reader sees that something was there and what, instead of an empty box; characters XML cannot hold
 * (control characters) become a space.
 */
final class FontCoverage {
    private final BitSet covered = new BitSet(0x30000);

    FontCoverage(String resource) {
        try (InputStream in = FontCoverage.class.getResourceAsStream(resource);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int cp = 0; cp < 0x30000; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    covered.set(cp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean covers(int codePoint) {
        return codePoint < 0x30000 && covered.get(codePoint);
    }

    String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = replacement(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    private String replacement(int cp) {
        if (cp == '\n' || cp == '\t' || cp == '\r') {
            return null;
        }
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE || cp == 0xFFFE || cp == 0xFFFF) {
            return " ";
        }
        if (cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return ""; // emoji joiners, variation selectors and skin tones: part of the emoji already labelled
        }
        if (covers(cp)) {
            return null;
        }
        String name = Character.getName(cp);
        String label = Character.getType(cp) == Character.OTHER_SYMBOL || cp >= 0x1F000 ? "emoji" : "teken";
        return "[" + label + ": " + (name == null ? String.format(Locale.ROOT, "U+%04X", cp) : name) + "]";
    }
}
