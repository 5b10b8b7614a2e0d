package nl.patroon.app.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Forgives what a person types into a search box before the query parser sees it: an unclosed quote is closed
 * ({@code "ik maak je} searches the phrase), unbalanced parentheses are dropped, and an operator at either end is
 * left out ({@code mes AND}). What cannot be understood (only operators) is explained in one sentence with an
 * example rather than the parser's English message.
 *
 * @param query the query to run, or null when there is nothing to search for
 * @param note  what was changed or why nothing can be searched, in Dutch; null when the query stood as typed
 */
public record QueryRepair(String query, String note) {
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-", "EN", "OF");

    public static QueryRepair of(String typed) {
        String q = typed.strip();
        StringBuilder note = new StringBuilder();
        if (count(q, '"') % 2 == 1) {
            int last = q.lastIndexOf('"');
            q = q.substring(last + 1).isBlank() ? q.substring(0, last).strip() : q + "\"";
            note.append("Het aanhalingsteken was niet gesloten; gezocht op ").append(q).append(". ");
        }
        if (count(q, '(') != count(q, ')')) {
            q = q.replace("(", " ").replace(")", " ").replaceAll("\\s+", " ").strip();
            note.append("De haakjes waren niet in paren; gezocht zonder haakjes: ").append(q).append(". ");
        }
        String[] words = q.split("\\s+");
        if (Arrays.stream(words).allMatch(w -> OPERATORS.contains(w.toUpperCase(Locale.ROOT)))) {
            return new QueryRepair(null, "De zoekvraag '" + typed.strip() + "' bevat alleen operatoren en geen"
                    + " woord om te zoeken; zet ze tussen woorden, bijvoorbeeld: zoek 'mes AND bedreig*'.");
        }
        int from = 0;
        int to = words.length;
        while (from < to && OPERATORS.contains(words[from].toUpperCase(Locale.ROOT)) && !words[from].equals("-")) {
            from++;
        }
        while (to > from && OPERATORS.contains(words[to - 1].toUpperCase(Locale.ROOT))) {
            to--;
        }
        if (from > 0 || to < words.length) {
            q = String.join(" ", Arrays.copyOfRange(words, from, to));
            note.append("Een operator aan het begin of eind is weggelaten; gezocht op ").append(q).append(". ");
        }
        return new QueryRepair(q, note.length() == 0 ? null : note.toString().strip());
    }

    /** The one sentence for a query the parser still could not read. */
    public static String notUnderstood(String query) {
        return "Zoekvraag niet begrepen: " + query + ". Gebruik woorden, \"een woordgroep\", bedreig* of"
                + " category:THREAT_TO_KILL, bijvoorbeeld: zoek '\"ik maak je af\" OR mes'.";
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
