package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.port.EvidenceRepository;
import nl.patroon.core.problem.Problem;

/**
 * Writes the ingest report: {@code ingest-report.json} (totals per state and per media type, then an entry
 * per input file) and {@code ingest-report.csv} (one row per file, for a spreadsheet).
 */
public final class IngestReports {
    public static final String JSON = "ingest-report.json";
    public static final String CSV = "ingest-report.csv";
    private static final String REASON = "ingest.reason.";
    /** Media type shown for files that never became evidence (unreadable, missing). */
    public static final String UNKNOWN_TYPE = "onbekend";

    private IngestReports() {
    }

    /** Media type per evidence id, as recorded in the case. */
    public static Map<String, String> mediaTypes(EvidenceRepository db) {
        Map<String, String> types = new HashMap<>();
        for (EvidenceRecord r : db.all()) {
            if (r.evidence().mediaType() != null) {
                types.put(r.evidence().id(), r.evidence().mediaType());
            }
        }
        return types;
    }

    static String mediaType(IngestOutcome o, Map<String, String> mediaTypes) {
        return o.evidence() == null ? UNKNOWN_TYPE : mediaTypes.getOrDefault(o.evidence(), UNKNOWN_TYPE);
    }

    /** Counts per media type, then per state; both sorted, so the same run gives the same bytes. */
    public static Map<String, Map<String, Long>> byMediaType(IngestReport report, Map<String, String> mediaTypes) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (IngestOutcome o : report.files()) {
            out.computeIfAbsent(mediaType(o, mediaTypes), k -> new TreeMap<>()).merge(o.state().code(), 1L, Long::sum);
        }
        return out;
    }

    /** Writes both files into {@code exportsDir}. */
    public static void write(Path exportsDir, IngestReport report, Map<String, String> mediaTypes) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("parketnummer", report.parketnummer());
        json.put("startedAt", report.startedAt());
        json.put("millis", report.millis());
        Map<String, Long> totals = new LinkedHashMap<>();
        report.totals().forEach((s, n) -> totals.put(s.code(), n));
        json.put("totals", totals);
        json.put("mediaTypes", byMediaType(report, mediaTypes));
        json.put("files", report.files());
        CaseWorkspace.writeJsonAtomically(exportsDir.resolve(JSON), json);
        writeCsv(exportsDir.resolve(CSV), report, mediaTypes);
    }

    static void writeCsv(Path file, IngestReport report, Map<String, String> mediaTypes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        CaseWorkspace.createPrivateFile(tmp); // owner-only (0600) like the rest of the workspace, before a byte is written
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("path,state,reason,evidence,sha256,passages,media_type,reason_code\r\n");
            for (IngestOutcome o : report.files()) {
                w.write(String.join(",", csv(o.path()), o.state().code(), csv(o.reason()), csv(o.evidence()),
                        csv(o.sha256()), Integer.toString(o.passages()), csv(mediaType(o, mediaTypes)),
                        reasonCode(o.reason())));
                w.write("\r\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A stable code for a reason (the reason itself is Dutch text): {@code symlink}, {@code duplicate},
     * {@code timeout} … (the keys {@code ingest.reason.*} of dossier-core's problems), {@code other} for a text made
     * otherwise (a parser's own message), empty without a reason.
     */
    static String reasonCode(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String plain = Problem.retried(reason).map(Problem.Retried::reason).orElse(reason); // " (2 pogingen)" off
        return Problem.recognise(REASON, plain).map(p -> p.key().substring(REASON.length())).orElse("other");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a file name as formula. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

}
