package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.search.SearchHit;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.document.ScreenshotMatches;
import nl.patroon.indexer.source.whatsapp.MediaLinks;

/**
 * The linking stage, after every item of a run is read and committed: links that need two items at once. Each media
 * file a chat export names is tied to the evidence exported beside it ({@link MediaLinks}); each bubble of a chat
 * screenshot to the same message in a chat export of the case ({@link ScreenshotMatches}). Links are written as facts
 * on both items (they appear in the exhibit list); reading the whole case each time makes a later run link what an
 * earlier one took in, and the facts come out the same on every run. Reads the index, writes evidence metadata only.
 */
final class ChatLinking {
    /** What was linked, for the audit line. */
    record Summary(int media, int missing, int screenshotMessages) {
    }

    private ChatLinking() {
    }

    static Summary run(CaseWorkspace ws, ZoneId zone) throws IOException {
        List<EvidenceRecord> all = ws.evidence().all();
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        int media = 0;
        int missing = 0;
        List<Passage> screenshotMatches = new ArrayList<>();
        try (PassageSearcher searcher = new PassageSearcher(ws.indexDir())) {
            Map<String, Map<String, String>> beside = besideEachOther(all);
            Map<String, String> names = new HashMap<>();
            List<EvidenceRecord> chats = new ArrayList<>();
            List<EvidenceRecord> screenshots = new ArrayList<>();
            for (EvidenceRecord r : all) {
                names.put(r.evidence().id(), r.evidence().originalName());
                if (r.status() == IngestState.INDEXED && r.passages() > 0) {
                    if (r.evidence().sourceKind() == SourceKind.CHAT_EXPORT) {
                        chats.add(r);
                    } else if (r.evidence().sourceKind() == SourceKind.SCREENSHOT) {
                        screenshots.add(r);
                    }
                }
            }
            Map<String, List<Passage>> shots = new LinkedHashMap<>();
            List<ScreenshotMatches.Window> windows = new ArrayList<>();
            for (EvidenceRecord s : screenshots) {
                List<Passage> p = passages(searcher, s.evidence().id());
                shots.put(s.evidence().id(), p);
                windows.addAll(ScreenshotMatches.windows(p, zone));
            }
            List<Passage> shown = new ArrayList<>(); // chat messages sent when some screenshot's bubble was
            for (EvidenceRecord c : chats) {
                Evidence chat = c.evidence();
                List<Passage> messages = passages(searcher, chat.id());
                MediaLinks.Found found = MediaLinks.find(messages,
                        beside.getOrDefault(place(chat), Map.of()));
                if (!found.sent().isEmpty() || found.omitted() > 0) {
                    facts.computeIfAbsent(chat.id(), k -> new LinkedHashMap<>()).putAll(MediaLinks.chatFacts(found));
                }
                for (MediaLinks.Sent sent : found.sent()) {
                    if (sent.present()) {
                        media++;
                        facts.computeIfAbsent(sent.evidenceId(), k -> new LinkedHashMap<>())
                                .putAll(MediaLinks.mediaFacts(sent, chat.originalName(), zone));
                    } else {
                        missing++;
                    }
                }
                if (!windows.isEmpty()) {
                    messages.stream().filter(m -> ScreenshotMatches.sentIn(m, windows, zone)).forEach(shown::add);
                }
            }
            for (List<Passage> shot : shots.values()) {
                List<ScreenshotMatches.Match> matches = ScreenshotMatches.match(shot, shown, zone);
                matches.forEach(m -> screenshotMatches.add(m.message()));
                ScreenshotMatches.facts(matches, names, zone).forEach((id, f) ->
                        facts.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(f));
            }
        }
        if (!facts.isEmpty()) {
            ws.inTransaction(() -> facts.forEach((id, f) -> ws.evidence().putEvidenceMetadata(id, f)));
        }
        return new Summary(media, missing, screenshotMatches.size());
    }

    /**
     * Evidence id by file name, per place: files taken from the same container (a WhatsApp zip) or, for files given
     * as they are, from the same folder. A WhatsApp export "with media" writes the chat and its files side by side.
     */
    private static Map<String, Map<String, String>> besideEachOther(List<EvidenceRecord> all) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (EvidenceRecord r : all) {
            Evidence e = r.evidence();
            if (e.originalName() != null) {
                out.computeIfAbsent(place(e), k -> new HashMap<>()).putIfAbsent(e.originalName(), e.id());
            }
        }
        return out;
    }

    /** The container and the folder within it (or on disk) an item came from. */
    private static String place(Evidence e) {
        String path = e.originalPath().replace('\\', '/');
        int slash = path.lastIndexOf('/');
        return e.parentId() + "|" + (slash < 0 ? "" : path.substring(0, slash));
    }

    private static List<Passage> passages(PassageSearcher searcher, String evidenceId) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (SearchHit h : searcher.passagesOf(evidenceId)) {
            out.add(h.passage());
        }
        return out;
    }
}
