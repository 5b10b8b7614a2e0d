package nl.patroon.core.search;

/**
 * A search in a case's passages: the query in the case's query language (words, "phrases", wildcards,
 * {@code category:…}, {@code author:…}) and how many hits to return at most.
 */
public record PassageQuery(String text, int limit) {
    public PassageQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Geef een zoekvraag, bijvoorbeeld: search bedreig*");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("--limit moet meer dan 0 zijn.");
        }
    }

    /** The words as one exact phrase (quotes inside are dropped), unless already quoted. */
    public static PassageQuery phrase(String words, int limit) {
        String q = words.strip();
        return new PassageQuery(q.startsWith("\"") && q.endsWith("\"") ? q : "\"" + q.replace("\"", "") + "\"",
                limit);
    }
}
