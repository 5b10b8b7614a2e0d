package nl.patroon.indexer.source.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The in-place, case-ignoring check for app-written lines says what the plain version says: strip the text,
 * lower-case it, then try the placeholders, patterns and phrases on the copy.
 */
class SystemMessagesProperties {

    /** Messages built from pieces of system lines, ordinary words, odd spaces, case changes and line breaks. */
    @Provide
    Arbitrary<String> messageLike() {
        Arbitrary<String> piece = Arbitraries.of("<", ">", "Media", "weggelaten", " omitted", "image", "<Media weggelaten>",
                "Dit bericht is verwijderd", "THIS MESSAGE WAS DELETED", "null", "NULL", "Null", "foto.jpg",
                " (bestand bijgevoegd)", " (File Attached)", "locatie: https://maps.google.com/?q=1,2",
                "Location: http://x.y/z", "://", "live locatie gedeeld", "Gemiste spraakoproep", "ok", "waar ben je",
                " ", "  ", "\t", "\n", "\u00A0", "\u2003", "ik", "Beveiligingscode", "x", ")", "(", "é", "İ", "ß");
        return piece.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void theInPlaceCheckAgreesWithTheLowerCasedCopy(@ForAll("messageLike") String text) {
        assertThat(SystemMessages.isSystem(text, false)).isEqualTo(plain(text));
    }

    @Example
    void recognisesTheCommonAppLines() {
        assertThat(SystemMessages.isSystem("<Media weggelaten>", false)).isTrue();
        assertThat(SystemMessages.isSystem("  Dit bericht is verwijderd ", false)).isTrue();
        assertThat(SystemMessages.isSystem("IMG-0001.jpg (bestand bijgevoegd)", false))
                .isTrue();
        assertThat(SystemMessages.isSystem("image omitted", false)).isTrue();
        assertThat(SystemMessages.isSystem("null", false)).isTrue();
        assertThat(SystemMessages.isSystem("ik heb de media weggelaten maar kom wel",
                false)).isFalse();
        assertThat(SystemMessages.isSystem("<Media weggelaten>\nkijk dit", false)).isFalse();
    }

    /**
     * The check as it was first written, on a stripped, lower-cased copy: the specification. One refinement: the
     * bound on a line that ends in " omitted" counts the characters as written, not those of the lower-cased copy
     * (which "İ" makes one longer).
     */
    private static boolean plain(String clean) {
        String lower = clean.strip().toLowerCase(Locale.ROOT);
        if (lower.contains("\n")) {
            return false;
        }
        if (lower.startsWith("<") && SystemMessages.PLACEHOLDER.matcher(lower).matches()
                || lower.endsWith(")") && SystemMessages.ATTACHED.matcher(lower).find()
                || lower.contains("://") && SystemMessages.LOCATION.matcher(lower).matches()) {
            return true;
        }
        for (String p : SystemMessages.PHRASES) {
            if (p.equals("null") ? lower.equals("null")
                    : p.startsWith(" ") ? lower.endsWith(p) && clean.strip().length() < 60 : lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
