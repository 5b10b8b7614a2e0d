package nl.patroon.core.port;

import java.util.Map;
import java.util.Optional;
import nl.patroon.core.evidence.IngestOutcome;

/**
 * What each ingest run did, item by item, and which runs are still open: a run stays open until it ends, so
 * after a crash the same command (the same inputs) resumes it.
 */
public interface IngestJournal {

    void journal(String runId, int seq, IngestOutcome outcome);

    /** What one run journalled so far, by path, in the order it happened. */
    Map<String, IngestOutcome> journalOf(String runId);

    /** The run still open for these inputs (identified by a hash of them), if any. */
    Optional<String> openRun(String inputsKey);

    void markRunOpen(String inputsKey, String runId);

    void markRunClosed(String inputsKey);

    /** Whether any run is still open, i.e. an ingest was interrupted and not yet resumed. */
    boolean anyRunOpen();
}
