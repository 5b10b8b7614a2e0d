package nl.patroon.indexer.source.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a report paragraph into sentences, as offsets into it, so that a paragraph narrating several dated events
 * can be cited per event. A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …} (with any closing quotes
 * or brackets) followed by white space and a capital or an opening quote; not after an initial ("J. Smit") or a
 * common abbreviation ("art. 300", "mr. Jansen", "o.a. de school"), and never inside a number ("23.40 uur").
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("art", "jo", "mr", "mw", "mevr", "dhr", "ca", "nr", "bijv",
            "o.a", "i.v.m", "z.g.n", "t.a.v", "jl", "j.l", "dr", "drs", "ing", "ir", "st", "e.a", "m.b.t", "resp", "vs",
            "zgn", "evt", "incl", "excl", "tel", "geb", "pag", "blz", "vgl", "a.s", "ong");

    private Sentences() {
    }

    /** The start offset of each sentence of {@code text}; the first is always 0. */
    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'”’)»".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= n) {
                continue;
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || "\"'“‘(«".indexOf(next) >= 0;
            if (opens && !(c == '.' && abbreviation(text, i))) {
                starts.add(k);
            }
        }
        return starts;
    }

    /** Whether the full stop at {@code dot} ends an initial or a known abbreviation rather than a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smit", "P. Voorbeeld"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
