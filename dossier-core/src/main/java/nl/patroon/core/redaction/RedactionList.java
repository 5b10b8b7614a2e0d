package nl.patroon.core.redaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The case's own redaction list: what no pattern can know — the shelter's name, the children's school, the
 * victim's new street, a child's new surname — each with the placeholder that replaces it in a redacted
 * export. Kept with the case (for example as {@code redaction.json}) and edited by a person.
 */
public record RedactionList(int schemaVersion, List<Term> terms) {
    public static final int SCHEMA_VERSION = 1;

    @JsonCreator
    public RedactionList(@JsonProperty("schemaVersion") int schemaVersion, @JsonProperty("terms") List<Term> terms) {
        this.schemaVersion = schemaVersion;
        this.terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public static RedactionList empty() {
        return new RedactionList(SCHEMA_VERSION, List.of());
    }

    /** Returns a copy with the term added. */
    public RedactionList with(String text, String label) {
        List<Term> next = new ArrayList<>(terms);
        next.add(new Term(text, label));
        return new RedactionList(schemaVersion, next);
    }

    /**
     * One thing to remove wherever it occurs (case-insensitive, any white space between its words).
     *
     * @param label the placeholder in the bracket style of Dutch judgments: {@code [school kind]},
     *              {@code [adres slachtoffer]}, {@code [opvang]}
     */
    public record Term(String text, String label) {
        public Term {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("Een weg te lakken term mag niet leeg zijn.");
            }
            label = label == null || label.isBlank() ? "[weggelakt]" : bracketed(label.strip());
        }

        private static String bracketed(String label) {
            return label.startsWith("[") && label.endsWith("]") ? label : "[" + label + "]";
        }
    }
}
