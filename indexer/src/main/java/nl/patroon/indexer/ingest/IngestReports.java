package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestReport;

/** Writes the ingest report as JSON: totals per state, then an entry per input file. */
public final class IngestReports {
    private IngestReports() {
    }

    public static void write(Path file, IngestReport report) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("parketnummer", report.parketnummer());
        json.put("startedAt", report.startedAt());
        json.put("millis", report.millis());
        Map<String, Long> totals = new LinkedHashMap<>();
        report.totals().forEach((s, n) -> totals.put(s.code(), n));
        json.put("totals", totals);
        json.put("files", report.files());
        CaseWorkspace.writeJsonAtomically(file, json);
    }
}
