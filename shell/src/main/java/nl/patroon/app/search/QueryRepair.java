package nl.patroon.app.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.patroon.core.problem.Problem;

/**
 * Forgives what a person types into a search box before the query parser sees it: an unclosed quote is closed
 * ({@code "ik maak je} searches the phrase), unbalanced parentheses are dropped, and an operator at either end is
 * left out ({@code mes AND}). What cannot be understood (only operators) is explained in one sentence with an
 * example rather than the parser's English message.
 *
 * @param query the query to run, or null when there is nothing to search for
 * @param note  what was changed or why nothing can be searched, in Dutch; null when the query stood as typed
 */
public record QueryRepair(String query, List<Problem> notes) {
    public QueryRepair {
        notes = List.copyOf(notes);
    }

    /** The notes in Dutch, in one line; null when the query stood as typed. */
    public String note() {
        return note(Problem.DUTCH);
    }

    /** The notes in a language, in one line; null when the query stood as typed. */
    public String note(Locale locale) {
        return notes.isEmpty() ? null : String.join(" ", notes.stream().map(n -> n.text(locale)).toList());
    }

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-", "EN", "OF");

    public static QueryRepair of(String typed) {
        String q = typed.strip();
        List<Problem> notes = new ArrayList<>();
        if (count(q, '"') % 2 == 1) {
            int last = q.lastIndexOf('"');
            q = q.substring(last + 1).isBlank() ? q.substring(0, last).strip() : q + "\"";
            notes.add(Problem.of("query.repair.unclosed-quote", q));
        }
        if (count(q, '(') != count(q, ')')) {
            q = q.replace("(", " ").replace(")", " ").replaceAll("\\s+", " ").strip();
            notes.add(Problem.of("query.repair.unbalanced-parentheses", q));
        }
        String[] words = q.split("\\s+");
        if (Arrays.stream(words).allMatch(w -> OPERATORS.contains(w.toUpperCase(Locale.ROOT)))) {
            return new QueryRepair(null, List.of(Problem.of("query.operators-only", typed.strip())));
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
            notes.add(Problem.of("query.repair.operator-dropped", q));
        }
        return new QueryRepair(q, notes);
    }

    /** The one sentence for a query the parser still could not read. */
    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
