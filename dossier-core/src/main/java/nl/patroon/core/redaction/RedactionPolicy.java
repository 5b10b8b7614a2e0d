package nl.patroon.core.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an audience may not read, and the function that removes it. Pure: the same text gives the same
 * result. Overlapping finds are joined into one removal; where the case's own list found part of it, its
 * label wins (it knows whose address it is).
 */
public final class RedactionPolicy {
    private static final RedactionPolicy NONE = new RedactionPolicy(List.of());
    private final List<Detector> detectors;

    public RedactionPolicy(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Removes nothing: the court's and the working version's policy. */
    public static RedactionPolicy none() {
        return NONE;
    }

    /** The case's list first, then the standard detectors. */
    public static RedactionPolicy standard(RedactionList list) {
        List<Detector> all = new ArrayList<>();
        all.add(new ListDetector(list));
        all.addAll(Detectors.standard());
        return new RedactionPolicy(all);
    }

    /** The policy the audience needs: standard redaction for the defence and the other party, none otherwise. */
    public static RedactionPolicy forAudience(Audience audience, RedactionList list) {
        return audience.redacted() ? standard(list) : none();
    }

    public boolean removesNothing() {
        return detectors.isEmpty();
    }

    /** Redacts the text; null stays null. */
    public RedactedText redact(String text) {
        if (text == null || text.isEmpty() || detectors.isEmpty()) {
            return RedactedText.unchanged(text);
        }
        List<Detector.Span> spans = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            spans.addAll(detectors.get(i).find(text));
        }
        if (spans.isEmpty()) {
            return RedactedText.unchanged(text);
        }
        spans.sort(Comparator.comparingInt(Detector.Span::start).thenComparingInt(s -> -s.end())
                .thenComparingInt(s -> rank(s.detector())));
        StringBuilder out = new StringBuilder(text.length());
        List<RedactedText.Edit> edits = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < spans.size()) {
            Detector.Span first = spans.get(i);
            int start = first.start();
            int end = first.end();
            Detector.Span chosen = first;
            int j = i + 1;
            while (j < spans.size() && spans.get(j).start() < end) {
                Detector.Span next = spans.get(j);
                end = Math.max(end, next.end());
                if (rank(next.detector()) < rank(chosen.detector())) {
                    chosen = next;
                }
                j++;
            }
            out.append(text, at, start);
            int newStart = out.length();
            out.append(chosen.label());
            edits.add(new RedactedText.Edit(start, end, newStart, out.length(), chosen.label(), chosen.detector()));
            at = end;
            i = j;
        }
        out.append(text, at, text.length());
        return new RedactedText(out.toString(), edits);
    }

    /** Which detector's label wins when finds overlap: the case's list, then the most specific patterns. */
    private int rank(String detector) {
        for (int k = 0; k < detectors.size(); k++) {
            if (detectors.get(k).id().equals(detector)) {
                return k;
            }
        }
        return detectors.size();
    }
}
