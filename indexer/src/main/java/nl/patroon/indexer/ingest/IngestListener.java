package nl.patroon.indexer.ingest;

import nl.patroon.core.evidence.IngestOutcome;

/** Progress callbacks for a running ingest (the shell draws a progress line from them). */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** Called once the inputs are walked: how many top-level files and bytes there are. */
    default void started(int files, long bytes) {
    }

    /** Called for every file (archive members too) once its end state is known. */
    default void finished(IngestOutcome outcome, long bytes) {
    }
}
