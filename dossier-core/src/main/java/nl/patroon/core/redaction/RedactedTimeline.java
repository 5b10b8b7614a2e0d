package nl.patroon.core.redaction;

import java.util.List;
import nl.patroon.core.timeline.Timeline;

/** A timeline made fit for one audience, with the log of what was removed from it (never the removed text). */
public record RedactedTimeline(Audience audience, Timeline timeline, List<Redaction> log) {
    public RedactedTimeline {
        log = List.copyOf(log);
    }
}
