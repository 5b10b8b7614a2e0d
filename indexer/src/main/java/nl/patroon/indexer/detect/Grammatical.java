package nl.patroon.indexer.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks to whom in a hit, from its pronouns (Dutch and English, chat spelling included): whether the hit
 * addresses the person written to ("je bent gek", "ik maak je af") and whether it narrates someone else's act
 * ("hij heeft mijn pinpas gehouden", "he grabbed me") rather than the writer's own. Closed word classes, not a
 * lexicon: they do not change per case. A pure function of the text.
 */
final class Grammatical {
    private static final Set<String> FIRST = Set.of("ik", "k", "ikke", "we", "wij", "i", "im", "ill", "ive", "id");
    private static final Set<String> SECOND = Set.of("je", "jij", "jou", "jouw", "jullie", "u", "uw", "jy",
            "you", "your", "youre", "youll", "ya", "yourself");
    /** A third person as the doer: the pronoun or the role a report gives him. */
    private static final Set<String> THIRD = Set.of("hij", "zij", "ze", "verdachte", "he", "she", "they", "hes",
            "shes", "theyre", "suspect");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final String SENTENCE_BREAKS = ".!?\n";

    private Grammatical() {
    }

    /** The hit's words speak to the reader: a second-person pronoun inside the hit. */
    static boolean addresses(String text, int start, int end) {
        return any(text, start, end, SECOND);
    }

    /** The hit names the writer as a doer: a first-person pronoun inside it ("ik", "we", "I"). */
    static boolean speaks(String text, int start, int end) {
        return any(text, start, end, FIRST);
    }

    /**
     * The hit tells of someone else's act: a third-person doer in the hit or earlier in its sentence, and no
     * first-person doer in the hit itself ("hij heeft me geduwd" narrates; "als hij komt sla ik hem" does not).
     */
    static boolean narrates(String text, int start, int end) {
        if (any(text, start, end, FIRST)) {
            return false;
        }
        int from = start;
        while (from > 0 && SENTENCE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return any(text, from, end, THIRD);
    }

    private static boolean any(String text, int start, int end, Set<String> words) {
        Matcher m = WORD.matcher(text);
        m.region(Math.max(0, start), Math.min(text.length(), end));
        while (m.find()) {
            if (words.contains(m.group().toLowerCase(Locale.ROOT).replace("'", ""))) {
                return true;
            }
        }
        return false;
    }
}
