package nl.patroon.core.search;
import nl.patroon.core.problem.Problem;


/**
 * A search in a case's passages: the query in the case's query language (words, "phrases", wildcards,
 * {@code category:…}, {@code author:…}) and how many hits to return at most.
 */
public record PassageQuery(String text, int limit) {
    public PassageQuery {
        if (text == null || text.isBlank()) {
            throw Problem.of("query.empty").exception();
        }
        if (limit <= 0) {
            throw Problem.of("query.limit").exception();
        }
    }

    /** The words as one exact phrase (quotes inside are dropped), unless already quoted. */
    public static PassageQuery phrase(String words, int limit) {
        String q = words.strip();
        return new PassageQuery(q.startsWith("\"") && q.endsWith("\"") ? q : "\"" + q.replace("\"", "") + "\"",
                limit);
    }
}
