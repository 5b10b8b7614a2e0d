package nl.patroon.core.passage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.problem.Problem;

/**
 * Where a passage sits inside its evidence item, precisely enough to find it again on paper.
 * Exactly one of two forms: a page/paragraph position in a document ({@code p2.3}: page 2, paragraph 3;
 * {@code a7}: paragraph 7 of a document without pages) or a message index in a conversation or mailbox
 * ({@code m1520}). The compact {@link #code()} is used in passage ids such as {@code E-0007:p2.3}.
 * A report paragraph that narrates several dated events is cut into one passage per event; each piece is
 * cited by the unit it starts with ({@code p2.3s4}: page 2, paragraph 3, from unit 4). Units are the sentences,
 * except that a sentence telling several dated events counts each event's clause as a unit of its own; so in such a
 * paragraph "vanaf zin 4" can sit inside the third sentence (known flaw: the display should then say so).
 *
 * @param page      1-based page, or 0 when the format has no pages
 * @param paragraph 1-based paragraph within the page (or the document)
 * @param message   1-based message index, or 0 when this is not a message
 * @param line      1-based line in the original file where the passage starts, or 0 when unknown
 * @param sentence  for a piece of a paragraph, the 1-based sentence it starts with; 0 for a whole paragraph
 */
public record Locator(int page, int paragraph, int message, int line, int sentence) {
    private static final Pattern CODE = Pattern.compile("p(\\d+)\\.(\\d+)(?:s(\\d+))?|a(\\d+)(?:s(\\d+))?|m(\\d+)");

    public Locator {
        if (message > 0 && (page > 0 || paragraph > 0)) {
            throw new IllegalArgumentException("a locator is a page position or a message, not both");
        }
        if (message == 0 && paragraph <= 0) {
            throw new IllegalArgumentException("a document locator needs a paragraph");
        }
        if (sentence < 0 || sentence > 0 && message > 0) {
            throw new IllegalArgumentException("only a paragraph has sentences");
        }
    }

    public Locator(int page, int paragraph, int message, int line) {
        this(page, paragraph, message, line, 0);
    }

    /** The piece of this paragraph that starts with sentence {@code sentence} (1-based). */
    public Locator fromSentence(int sentence) {
        return new Locator(page, paragraph, message, line, sentence);
    }

    public static Locator onPage(int page, int paragraph) {
        return new Locator(page, paragraph, 0, 0);
    }

    public static Locator paragraph(int paragraph) {
        return new Locator(0, paragraph, 0, 0);
    }

    public static Locator message(int message, int line) {
        return new Locator(0, 0, message, line);
    }

    public String code() {
        if (message > 0) {
            return "m" + message;
        }
        String piece = sentence > 0 ? "s" + sentence : "";
        return (page > 0 ? "p" + page + "." + paragraph : "a" + paragraph) + piece;
    }

    /** Dutch, as a clerk would cite it: "p. 2, alinea 3", "bericht 1520 (regel 3041)". */
    public String display() {
        if (message > 0) {
            return "bericht " + message + (line > 0 ? " (regel " + line + ")" : "");
        }
        String piece = sentence > 0 ? ", vanaf zin " + sentence : "";
        return (page > 0 ? "p. " + page + ", alinea " + paragraph : "alinea " + paragraph) + piece;
    }

    /** Parses {@link #code()} back; the line number is not part of the code. */
    public static Locator parse(String code) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            throw Problem.of("locator.invalid", code).exception();
        }
        if (m.group(1) != null) {
            return onPage(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).fromSentence(sentence(m.group(3)));
        }
        if (m.group(4) != null) {
            return paragraph(Integer.parseInt(m.group(4))).fromSentence(sentence(m.group(5)));
        }
        return message(Integer.parseInt(m.group(6)), 0);
    }

    private static int sentence(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
