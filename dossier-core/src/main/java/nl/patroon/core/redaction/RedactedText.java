package nl.patroon.core.redaction;

import java.util.List;

/**
 * A text after redaction, with where each removal went, so that positions in the original (a suggestion's
 * matched span) can be carried over to the redacted text.
 */
public record RedactedText(String text, List<Edit> edits) {
    public RedactedText {
        edits = List.copyOf(edits);
    }

    public static RedactedText unchanged(String text) {
        return new RedactedText(text, List.of());
    }

    /** One removal: [start, end) of the original became [newStart, newEnd) (the placeholder) of the result. */
    public record Edit(int start, int end, int newStart, int newEnd, String label, String detector) {
    }

    /**
     * Where a position of the original lies in the redacted text. A position inside a removed span moves to
     * the start of its placeholder, so a marked run that overlapped a removal keeps the placeholder, never
     * part of the removed text.
     */
    public int map(int position) {
        int shift = 0;
        for (Edit e : edits) {
            if (position <= e.start()) {
                break;
            }
            if (position < e.end()) {
                return e.newStart();
            }
            shift = e.newEnd() - e.end();
        }
        return position + shift;
    }
}
