package nl.patroon.core.redaction;

import java.util.List;

/** Finds personal details in a text. Pure: the same text gives the same spans. */
public interface Detector {

    /** A stable name for the redaction log ("telefoonnummer", "lijst", …). */
    String id();

    /** The spans to remove, each with the placeholder label that replaces it; any order, may overlap. */
    List<Span> find(String text);

    /** A stretch of text to remove: [start, end) in the text, the placeholder and the detector that found it. */
    record Span(int start, int end, String label, String detector) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("lege of negatieve reeks: " + start + ".." + end);
            }
        }
    }
}
