package nl.patroon.indexer.detect;

import java.util.Locale;
import java.util.Set;
import nl.patroon.indexer.detect.analysis.AnalysedText;

/**
 * The clauses of one analysed text, so that a negation, a hypothetical or a laugh bears on the clause it stands
 * in and not on the whole message: in "nee, ik maak je af" the "nee" answers something else, and in "als je
 * morgen niet thuis bent dan maak ik je af" the "niet" belongs to the condition, not to the threat.
 * A clause ends at punctuation (. , ; : ! ? quotes, a line break) and before a word that opens one ("dan",
 * "maar", "als", "then", "but", "if", ...). A clause opened by a conditional word is a condition.
 */
final class Clauses {
    private static final Set<String> OPENERS = Set.of("dan", "maar", "anders", "want", "omdat", "als", "indien",
            "wanneer", "zodra", "tenzij", "terwijl", "then", "but", "otherwise", "because", "if", "when", "unless",
            "whereas", "or");
    private static final Set<String> CONDITIONS = Set.of("als", "indien", "wanneer", "zodra", "tenzij", "if",
            "when", "unless");
    private static final String BREAKS = ".,;:!?\n\"“”„«»()";

    /** Clause number per token position. */
    private final int[] clause;
    /** Sentence number per token position: clauses joined by words, split only by punctuation. */
    private final int[] sentence;
    /** First position of each clause, and whether it is a condition. */
    private final int[] first;
    private final boolean[] condition;

    private Clauses(int[] clause, int[] sentence, int[] first, boolean[] condition) {
        this.clause = clause;
        this.sentence = sentence;
        this.first = first;
        this.condition = condition;
    }

    /** @param offsets per position, the first start ([0]) and last end ([1]) offset of its tokens */
    static Clauses of(AnalysedText at, int[][] offsets) {
        int n = at.length();
        String text = at.text();
        int[] clause = new int[n];
        int[] sentence = new int[n];
        int sentences = 0;
        int[] first = new int[n + 1];
        boolean[] condition = new boolean[n + 1];
        int count = 0;
        int lastEnd = -1;
        for (int p = 0; p < n; p++) {
            int start = offsets[0][p];
            if (start == Integer.MAX_VALUE) {
                clause[p] = Math.max(0, count - 1); // a position without a token of its own
                sentence[p] = Math.max(0, sentences - 1);
                continue;
            }
            String word = text.substring(start, offsets[1][p]).toLowerCase(Locale.ROOT);
            boolean punctuation = count == 0 || breakBetween(text, lastEnd, start);
            if (punctuation) {
                sentences++;
            }
            sentence[p] = sentences - 1;
            boolean opens = punctuation || OPENERS.contains(word);
            if (opens) {
                first[count] = p;
                condition[count] = CONDITIONS.contains(word);
                count++;
            }
            clause[p] = count - 1;
            lastEnd = offsets[1][p];
        }
        return new Clauses(clause, sentence, first, condition);
    }

    private static boolean breakBetween(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
            if (BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue at {@code cueStart..cueEnd} (positions) bears on a hit at {@code hitStart..hitEnd}: it stands
     * in a clause the hit spans, but not in a condition before the hit ("als je niet ..., dan ...").
     */
    boolean bears(int cueStart, int cueEnd, int hitStart, int hitEnd) {
        int c = clause[Math.min(cueStart, clause.length - 1)];
        int from = clause[Math.min(hitStart, clause.length - 1)];
        int to = clause[Math.min(hitEnd, clause.length - 1)];
        return c >= from && c <= to && !(condition[c] && cueEnd < hitStart);
    }

    /**
     * Whether a laugh or joke marker at {@code cueStart} bears on a hit: in a sentence the hit spans or in any
     * sentence after it ("ik maak je af. haha", "verwijder die foto nu, die is lelijk haha"), not in a sentence
     * before it ("haha leuk filmpje. maar serieus: als je weggaat maak ik je af").
     */
    boolean bearsOnSentence(int cueStart, int hitStart) {
        return sentence[Math.min(cueStart, sentence.length - 1)] >= sentence[Math.min(hitStart, sentence.length - 1)];
    }
}
