package nl.patroon.core.evidence;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The account of one ingest run: an entry per input file, in the order the files were found. */
public record IngestReport(String parketnummer, String startedAt, long millis, List<IngestOutcome> files) {

    public IngestReport {
        files = List.copyOf(files);
    }

    public Map<IngestState, Long> totals() {
        Map<IngestState, Long> totals = new EnumMap<>(IngestState.class);
        for (IngestState s : IngestState.values()) {
            if (s.isEnd()) {
                totals.put(s, 0L);
            }
        }
        files.forEach(f -> totals.merge(f.state(), 1L, Long::sum));
        return totals;
    }

    public long count(IngestState state) {
        return totals().get(state);
    }

    public boolean anyFailed() {
        return count(IngestState.FAILED) > 0;
    }

    public Duration duration() {
        return Duration.ofMillis(millis);
    }
}
