package nl.patroon.indexer.isolation;

import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.SourceResult;

/**
 * One line of a worker's answer. A read is streamed as zero or more passage lines, then one end line that
 * says how the read ended; a worker that dies before the end line has crashed.
 *
 * @param partsFailed why the parts asked for could not be split off ({@link WorkerOutcome.PartsNotSplit}), or null
 */
record ParseReply(Passage passage, boolean end, SourceKind kind, Map<String, String> metadata, String skipped,
                  String failed, String partsFailed) {

    static ParseReply passage(Passage p) {
        return new ParseReply(p, false, null, null, null, null, null);
    }

    static ParseReply endOf(WorkerOutcome outcome) {
        if (outcome instanceof WorkerOutcome.PartsNotSplit parts) {
            return new ParseReply(null, true, null, null, null, null, parts.why());
        }
        SourceResult result = outcome.asRead();
        if (result instanceof SourceResult.Read read) {
            return new ParseReply(null, true, read.kind(), read.metadata(), null, null, null);
        }
        if (result instanceof SourceResult.Skipped s) {
            return new ParseReply(null, true, null, null, s.reason(), null, null);
        }
        return new ParseReply(null, true, null, null, null, ((SourceResult.Failed) result).reason(), null);
    }

    /** The outcome this end line describes, with the passages streamed before it. */
    WorkerOutcome toOutcome(List<Passage> passages) {
        if (partsFailed != null) {
            return new WorkerOutcome.PartsNotSplit(partsFailed);
        }
        if (failed != null) {
            return new WorkerOutcome.Answered(new SourceResult.Failed(failed));
        }
        if (skipped != null) {
            return new WorkerOutcome.Answered(new SourceResult.Skipped(skipped));
        }
        return new WorkerOutcome.Answered(new SourceResult.Read(kind, passages, metadata));
    }
}
