package nl.patroon.indexer.ingest;

import java.util.List;
import java.util.Map;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.SourceKind;

/**
 * One item's end state, its passages already indexed (they are not kept while it waits), ready to be applied and
 * journalled in walk order.
 *
 * @param evidence null for what has no evidence row of its own to complete (a duplicate, a refused path, a part that
 *                 could not be taken out, an outcome replayed from an interrupted run)
 * @param bytes    for the progress line
 */
record ItemEnd(Evidence evidence, IngestOutcome outcome, String mediaType, SourceKind kind,
               List<Suggestion> suggestions, Map<String, String> metadata, long bytes) {

    /** An outcome without evidence of its own to complete. */
    static ItemEnd accounted(IngestOutcome outcome, long bytes) {
        return new ItemEnd(null, outcome, null, null, List.of(), Map.of(), bytes);
    }

    /** The end of an item with evidence of its own. */
    static ItemEnd of(Evidence evidence, String display, String mediaType, IngestState state, String reason,
                      SourceKind kind, int passages, List<Suggestion> suggestions) {
        return new ItemEnd(evidence, new IngestOutcome(display, evidence.sha256(), state, reason, evidence.id(),
                passages), mediaType, kind, suggestions, Map.of(), evidence.size());
    }

    ItemEnd withMetadata(Map<String, String> m) {
        return new ItemEnd(evidence, outcome, mediaType, kind, suggestions, m, bytes);
    }
}
