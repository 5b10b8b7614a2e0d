package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.search.SearchHit;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.document.ScreenshotMatches;
import nl.patroon.indexer.source.whatsapp.MediaLinks;

/**
 * The linking stage, after every item of a run is read and committed: links that need two items at once. Each media
 * file a chat export read in this run names is tied to the evidence exported beside it ({@link MediaLinks}), a file
 * the run found to be a duplicate to the evidence it duplicates; each bubble of every chat screenshot in the case to
 * the same message in a chat export of the case ({@link ScreenshotMatches}), so a screenshot taken in later links to
 * an export taken in earlier and the other way round. Links are written as facts on both items (they appear in the
 * exhibit list, and {@code ook.in.*} on the timeline). Reads the index, writes evidence metadata only.
 */
final class ChatLinking {
    /** What was linked, for the audit line. */
    record Summary(int media, int missing, int screenshotMessages) {
    }

    private ChatLinking() {
    }

    /** @param run the outcomes of this run (replayed ones included), in walk order */
    static Summary run(CaseWorkspace ws, ZoneId zone, List<IngestOutcome> run) throws IOException {
        List<EvidenceRecord> all = ws.evidence().all();
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        Set<String> readInRun = new HashSet<>();
        for (IngestOutcome o : run) {
            if (o.state() == IngestState.INDEXED && o.evidence() != null) {
                readInRun.add(o.evidence());
            }
        }
        int[] media = new int[2];
        int shown;
        try (PassageSearcher searcher = new PassageSearcher(ws.indexDir())) {
            Map<String, Map<String, String>> beside = besideEachOther(all, run);
            Map<String, String> names = new HashMap<>();
            List<Evidence> chats = new ArrayList<>();
            Map<String, List<Passage>> shots = new LinkedHashMap<>();
            List<ScreenshotMatches.Window> windows = new ArrayList<>();
            for (EvidenceRecord r : all) {
                Evidence e = r.evidence();
                names.put(e.id(), e.originalName());
                if (r.status() == IngestState.INDEXED && r.passages() > 0 && e.sourceKind() == SourceKind.CHAT_EXPORT) {
                    chats.add(e);
                } else if (r.status() == IngestState.INDEXED && e.sourceKind() == SourceKind.SCREENSHOT) {
                    List<Passage> p = passages(searcher, e.id());
                    shots.put(e.id(), p);
                    windows.addAll(ScreenshotMatches.windows(p, zone));
                }
            }
            List<Passage> messagesShown = new ArrayList<>(); // messages sent when some screenshot's bubble was
            for (Evidence chat : chats) {
                boolean linkMedia = readInRun.contains(chat.id());
                if (!linkMedia && windows.isEmpty()) {
                    continue; // nothing to link: its media were linked when it was read
                }
                List<Passage> messages = passages(searcher, chat.id());
                if (linkMedia) {
                    linkMedia(chat, messages, beside.getOrDefault(place(chat.originalPath()), Map.of()), zone, facts,
                            media);
                }
                messages.stream().filter(m -> ScreenshotMatches.sentIn(m, windows, zone)).forEach(messagesShown::add);
            }
            shown = 0;
            for (List<Passage> shot : shots.values()) {
                List<ScreenshotMatches.Match> matches = ScreenshotMatches.match(shot, messagesShown, zone);
                shown += matches.size();
                ScreenshotMatches.facts(matches, names, zone).forEach((id, f) -> f.forEach((k, v) -> add(facts, id, k, v)));
            }
        }
        if (!facts.isEmpty()) {
            ws.inTransaction(() -> facts.forEach((id, f) -> ws.evidence().putEvidenceMetadata(id, f)));
        }
        return new Summary(media[0], media[1], shown);
    }

    private static void linkMedia(Evidence chat, List<Passage> messages, Map<String, String> beside, ZoneId zone,
                                  Map<String, Map<String, String>> facts, int[] counts) {
        MediaLinks.Found found = MediaLinks.find(messages, beside);
        MediaLinks.chatFacts(found).forEach((k, v) -> add(facts, chat.id(), k, v));
        for (MediaLinks.Sent sent : found.sent()) {
            if (sent.present()) {
                counts[0]++;
                // one file sent twice (a photo forwarded again is stored once): both messages are named
                MediaLinks.mediaFacts(sent, chat.originalName(), zone).forEach((k, v) ->
                        add(facts, sent.evidenceId(), k, v));
            } else {
                counts[1]++;
            }
        }
    }

    private static void add(Map<String, Map<String, String>> facts, String id, String key, String value) {
        facts.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(key, value, (a, b) -> a + "; " + b);
    }

    /**
     * Evidence id by file name, per place: the folder (on disk, or inside a container such as a WhatsApp zip) an item
     * came from. A WhatsApp export "with media" writes the chat and its files side by side. A file this run found to be
     * a duplicate has no evidence of its own: its name stands for the evidence it duplicates.
     */
    private static Map<String, Map<String, String>> besideEachOther(List<EvidenceRecord> all, List<IngestOutcome> run) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (EvidenceRecord r : all) {
            Evidence e = r.evidence();
            if (e.originalName() != null) {
                out.computeIfAbsent(place(e.originalPath()), k -> new HashMap<>()).putIfAbsent(e.originalName(), e.id());
            }
        }
        for (IngestOutcome o : run) {
            if (o.state() == IngestState.DUPLICATE && o.evidence() != null) {
                String path = o.path().replace('\\', '/');
                out.computeIfAbsent(place(path), k -> new HashMap<>())
                        .putIfAbsent(path.substring(path.lastIndexOf('/') + 1), o.evidence());
            }
        }
        return out;
    }

    /** The folder part of an original path ({@code /in/chat.zip!} for a member of that zip). */
    private static String place(String originalPath) {
        String path = originalPath.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static List<Passage> passages(PassageSearcher searcher, String evidenceId) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (SearchHit h : searcher.passagesOf(evidenceId)) {
            out.add(h.passage());
        }
        return out;
    }
}
