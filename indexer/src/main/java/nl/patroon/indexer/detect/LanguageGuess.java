package nl.patroon.indexer.detect;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap language vote for short chat lines: Dutch versus English function words and chat spellings.
 * Ties go to Dutch, the language of the case files.
 */
public final class LanguageGuess {
    private static final Set<String> NL = Set.of("ik", "k", "je", "jij", "jou", "jouw", "u", "de", "het", "een",
            "en", "van", "dat", "die", "niet", "nie", "wat", "waar", "wr", "is", "ben", "bn", "bent", "zijn", "met",
            "mij", "me", "mn", "m'n", "op", "naar", "nu", "nog", "wel", "maar", "als", "dan", "anders", "ga", "gaat",
            "heb", "hebt", "heeft", "ook", "zo", "er", "hij", "ze", "zij", "we", "wij", "jullie", "te", "om", "voor",
            "hoe", "wie", "waarom", "mag", "moet", "kan", "kunnen", "zal", "zou", "geen", "nooit", "altijd", "even",
            "ff", "toch", "gewoon", "echt", "hem", "haar", "ons", "onze", "mijn", "dit", "deze", "bij", "uit", "aan",
            "hoor", "jaa", "nee", "ja", "wil", "weet", "zeg", "doe", "kom", "hier", "daar");
    private static final Set<String> EN = Set.of("i", "you", "u", "ur", "your", "youre", "the", "a", "an", "and",
            "of", "that", "not", "what", "where", "is", "am", "are", "r", "be", "with", "me", "my", "on", "to", "now",
            "still", "but", "if", "then", "or", "else", "go", "going", "gonna", "have", "has", "too", "so", "he",
            "she", "they", "we", "us", "it", "for", "how", "who", "why", "can", "will", "would", "should", "no",
            "never", "always", "just", "really", "him", "her", "our", "this", "at", "from", "im", "ill", "dont",
            "know", "do", "come", "here", "there", "get", "want", "tell", "yeah", "yes", "lol", "omg");

    private LanguageGuess() {
    }

    /** "nl" or "en". */
    public static String guess(String text) {
        int[] votes = votes(text);
        return votes[1] > votes[0] ? "en" : "nl";
    }

    /**
     * The language of one message in a conversation whose export states another: an English message in a Dutch
     * chat ("he grabbed me by the throat") is read with the English rules when its words say so clearly (two
     * votes ahead); otherwise the stated language stands.
     */
    public static String of(String text, String stated) {
        if (stated == null || !stated.equals("nl") && !stated.equals("en")) {
            return stated;
        }
        int[] votes = votes(text);
        if (stated.equals("nl") && votes[1] >= votes[0] + 2) {
            return "en";
        }
        if (stated.equals("en") && votes[0] >= votes[1] + 2) {
            return "nl";
        }
        return stated;
    }

    private static int[] votes(String text) {
        int nl = 0;
        int en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            String word = w.replace("'", "");
            if (NL.contains(word) || NL.contains(w)) {
                nl++;
            }
            if (EN.contains(word) || EN.contains(w)) {
                en++;
            }
        }
        return new int[] {nl, en};
    }
}
