package nl.patroon.indexer.isolation;

import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.SourceResult;

/**
 * One line of a worker's answer. A read is streamed as zero or more passage lines, then one end line that
 * says how the read ended; a worker that dies before the end line has crashed.
 */
record ParseReply(Passage passage, boolean end, SourceKind kind, Map<String, String> metadata, String skipped,
                  String failed) {

    static ParseReply passage(Passage p) {
        return new ParseReply(p, false, null, null, null, null);
    }

    static ParseReply endOf(SourceResult result) {
        if (result instanceof SourceResult.Read read) {
            return new ParseReply(null, true, read.kind(), read.metadata(), null, null);
        }
        if (result instanceof SourceResult.Skipped s) {
            return new ParseReply(null, true, null, null, s.reason(), null);
        }
        return new ParseReply(null, true, null, null, null, ((SourceResult.Failed) result).reason());
    }

    /** The result this end line describes, with the passages streamed before it. */
    SourceResult toResult(List<Passage> passages) {
        if (failed != null) {
            return new SourceResult.Failed(failed);
        }
        if (skipped != null) {
            return new SourceResult.Skipped(skipped);
        }
        return new SourceResult.Read(kind, passages, metadata);
    }
}
