package nl.patroon.indexer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;

/**
 * What an interrupted run of the same command already accounted for (its journal), replayed in walk order so that the
 * resumed report equals an uninterrupted one. A failure is not replayed: it is tried again.
 */
final class Resume {
    private final Map<String, IngestOutcome> earlier;

    /** @param earlier the interrupted run's journal by display path, in journal order (empty for a new run) */
    Resume(Map<String, IngestOutcome> earlier) {
        this.earlier = earlier;
    }

    /** Whether the interrupted run already accounted for the item (a failure is tried again). */
    boolean accountedFor(String display) {
        IngestOutcome done = earlier.get(display);
        return done != null && done.state() != IngestState.FAILED;
    }

    /**
     * The outcomes to replay for an item the interrupted run accounted for: its members first (an archive's members
     * were journalled before the archive itself), then the item; empty when the item is still to be done.
     */
    List<IngestOutcome> replay(String display) {
        if (!accountedFor(display)) {
            return List.of();
        }
        List<IngestOutcome> out = new ArrayList<>();
        for (Map.Entry<String, IngestOutcome> e : earlier.entrySet()) {
            if (e.getKey().startsWith(display + "!/")) {
                out.add(e.getValue());
            }
        }
        out.add(earlier.get(display));
        return out;
    }
}
