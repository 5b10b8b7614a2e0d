package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.core.search.SearchHit;

/**
 * Detects again over a case's indexed passages, after the rules changed: no original is read again. Open
 * suggestions are replaced; suggestions a person already confirmed or rejected are kept as they are.
 */
public final class Redetection {
    private Redetection() {
    }

    /** How many items were examined and how many open suggestions they now have. */
    public record Summary(int items, int suggestions) {
    }

    public static Summary run(CaseWorkspace ws, Detector detector) throws IOException {
        EvidenceDetection detection = new EvidenceDetection(detector, ws.caseFile());
        Map<String, EvidenceDetection.Result> results = new LinkedHashMap<>();
        try (PassageSearcher searcher = new PassageSearcher(ws.indexDir());
             PassageIndexWriter writer = new PassageIndexWriter(ws.indexDir())) {
            for (EvidenceRecord r : ws.evidence().all()) {
                if (r.status() != IngestState.INDEXED || r.passages() == 0) {
                    continue;
                }
                List<Passage> passages = new ArrayList<>();
                for (SearchHit h : searcher.passagesOf(r.evidence().id())) {
                    passages.add(h.passage());
                }
                EvidenceDetection.Result result = detection.detect(r.evidence().sha256(), r.evidence().sourceKind(),
                        passages);
                writer.replaceEvidence(r.evidence().id(), result.passages());
                results.put(r.evidence().id(), result);
            }
            writer.commit();
        }
        int[] count = {0};
        ws.inTransaction(() -> results.forEach((id, result) ->
                count[0] += ws.suggestions().replaceOpenSuggestions(id, result.suggestions()).size()));
        ws.appendAudit("detect.again", Map.of("items", results.size(), "suggestions", count[0]));
        ws.flushAudit();
        return new Summary(results.size(), count[0]);
    }
}
