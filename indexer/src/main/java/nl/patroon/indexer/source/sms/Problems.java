package nl.patroon.indexer.source.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What went wrong with single messages while one backup was read, in Dutch for the evidence metadata: messages
 * lost (with their line and why) and messages whose time came from {@code readable_date} or is unknown. The rest
 * of the file is read regardless. Confined to one read.
 */
final class Problems {
    /** Listed one by one up to this many; the count is always complete. */
    private static final int LISTED = 20;
    static final String KEY_LOST = "berichten niet gelezen";
    static final String KEY_TIME_FROM_TEXT = "tijd uit readable_date";
    static final String KEY_UNDATED = "berichten zonder tijd";

    private final List<String> lost = new ArrayList<>();
    private final List<String> fromText = new ArrayList<>();
    private final List<String> undated = new ArrayList<>();

    void lost(int line, String reason) {
        lost.add("regel " + line + ": " + reason);
    }

    void timeFromText(int message, String date, String readable, boolean read) {
        String note = "bericht " + message + " (date=" + (date == null ? "ontbreekt" : "'" + cut(date) + "'")
                + (readable == null ? "" : ", readable_date='" + cut(readable) + "'") + ")";
        (read ? fromText : undated).add(note);
    }

    int lostCount() {
        return lost.size();
    }

    String summary() {
        return lost.size() + " " + (lost.size() == 1 ? "bericht" : "berichten") + " niet gelezen: " + listed(lost);
    }

    void addTo(Map<String, String> metadata) {
        if (!lost.isEmpty()) {
            metadata.put(KEY_LOST, lost.size() + " — " + listed(lost));
        }
        if (!fromText.isEmpty()) {
            metadata.put(KEY_TIME_FROM_TEXT, fromText.size() + " — tijd zoals het toestel hem schreef, in de tijdzone"
                    + " van de zaak: " + listed(fromText));
        }
        if (!undated.isEmpty()) {
            metadata.put(KEY_UNDATED, undated.size() + " — " + listed(undated));
        }
    }

    private static String listed(List<String> items) {
        String shown = String.join("; ", items.subList(0, Math.min(LISTED, items.size())));
        return items.size() > LISTED ? shown + "; … (" + (items.size() - LISTED) + " meer)" : shown;
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
