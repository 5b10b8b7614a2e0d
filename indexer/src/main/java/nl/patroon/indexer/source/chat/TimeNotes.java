package nl.patroon.indexer.source.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, while one export is read, the messages whose local time fell into a daylight-saving gap or
 * overlap, and turns them into Dutch evidence metadata. Confined to one read.
 */
public final class TimeNotes {
    private static final int LISTED = 10;
    private final List<String> gaps = new ArrayList<>();
    private final List<String> overlaps = new ArrayList<>();

    /** Records the fit of message {@code index}, and returns the placed time for convenience. */
    public LocalTimes.Placed note(int index, LocalTimes.Placed placed) {
        if (placed.fit() == LocalTimes.Fit.GAP) {
            gaps.add("bericht " + index);
        } else if (placed.fit() == LocalTimes.Fit.OVERLAP) {
            overlaps.add("bericht " + index);
        }
        return placed;
    }

    public int gapCount() {
        return gaps.size();
    }

    public int overlapCount() {
        return overlaps.size();
    }

    /** Metadata entries, only for what actually happened. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        if (!gaps.isEmpty()) {
            m.put("tijd.zomertijdsprong", gaps.size() + " bericht(en) met een lokale tijd die door de overgang naar "
                    + "zomertijd niet bestaat; een uur later geplaatst, controleer de tijdzone van het toestel ("
                    + list(gaps) + ")");
        }
        if (!overlaps.isEmpty()) {
            m.put("tijd.wintertijdoverlap", overlaps.size() + " bericht(en) met een lokale tijd die door de overgang "
                    + "naar wintertijd twee keer voorkomt; de eerste (zomertijd) aangenomen, kan een uur later zijn ("
                    + list(overlaps) + ")");
        }
        return m;
    }

    private static String list(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + ", …" : shown;
    }
}
