package nl.patroon.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.patroon.core.audit.AuditLog;
import nl.patroon.core.audit.AuditVerification;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.json.Json;

/**
 * Proves that a case shows what was seized, unaltered: re-hashes every stored original against its custody
 * record, checks the audit log's hash chain (and its anchored last line), and re-hashes every export against
 * the hash the audit log recorded when it was written. Reads only; changes nothing.
 */
public final class CaseVerifier {
    private CaseVerifier() {
    }

    public static VerificationReport verify(CaseWorkspace ws) throws IOException {
        List<Finding> findings = new ArrayList<>();
        int originals = checkOriginals(ws, findings);
        AuditVerification audit = AuditLog.verify(ws.auditFile(), ws.anchoredAuditHead());
        for (AuditVerification.Problem p : audit.problems()) {
            findings.add(new Finding("audit.log:" + p.line(), true, p.message()));
        }
        int exports = checkExports(ws, findings);
        return new VerificationReport(originals, audit.lines(), exports, findings);
    }

    private static int checkOriginals(CaseWorkspace ws, List<Finding> findings) throws IOException {
        Set<String> known = new HashSet<>();
        int checked = 0;
        for (EvidenceRecord r : ws.evidence().all()) {
            String sha = r.evidence().sha256();
            known.add(sha);
            Path stored = ws.evidenceDir().resolve(sha);
            String subject = r.evidence().id() + " (" + r.evidence().originalPath() + ")";
            if (!Files.isRegularFile(stored)) {
                findings.add(new Finding(subject, true, "origineel ontbreekt: evidence/" + sha));
                continue;
            }
            checked++;
            String actual = hash(stored);
            if (!actual.equals(sha)) {
                findings.add(new Finding(subject, true, "origineel gewijzigd: SHA-256 is nu " + actual
                        + ", bij inname " + sha));
            } else if (Files.size(stored) != r.evidence().size()) {
                findings.add(new Finding(subject, true, "origineel heeft een andere grootte dan bij inname"));
            }
        }
        // An interrupted ingest may have stored originals it had not yet recorded (storing runs a few files ahead);
        // resuming records them. Verify cannot tell such a file from one put there, so it still counts, but says so.
        String interrupted = ws.journal().anyRunOpen()
                ? "; er is een onderbroken ingest: dezelfde ingest-opdracht opnieuw neemt zo'n bestand alsnog op" : "";
        try (Stream<Path> s = Files.list(ws.evidenceDir())) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!known.contains(name) && !name.startsWith(".incoming-")) {
                    findings.add(new Finding("evidence/" + name, true,
                            "bestand in evidence/ dat bij geen bewijsstuk hoort" + interrupted));
                }
            }
        }
        return checked;
    }

    /** The last recorded hash per export path, from the audit log's export lines. */
    private static int checkExports(CaseWorkspace ws, List<Finding> findings) throws IOException {
        Map<String, String[]> lastExport = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(ws.auditFile(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            try {
                JsonNode line = Json.mapper().readTree(lines.get(i));
                if ("export".equals(line.path("action").asText())) {
                    JsonNode d = line.path("details");
                    lastExport.put(d.path("path").asText(), new String[] {d.path("sha256").asText(),
                            String.valueOf(i + 1)});
                }
            } catch (IOException e) {
                // an unreadable line is reported by the chain check
            }
        }
        int checked = 0;
        for (Map.Entry<String, String[]> e : lastExport.entrySet()) {
            Path file = Path.of(e.getKey());
            String recorded = e.getValue()[0];
            String line = e.getValue()[1];
            if (!Files.isRegularFile(file)) {
                findings.add(new Finding(e.getKey(), false, "export niet meer aanwezig (vastgelegd in audit.log regel "
                        + line + ")"));
                continue;
            }
            checked++;
            String actual = hash(file);
            if (!actual.equals(recorded)) {
                findings.add(new Finding(e.getKey(), true, "export gewijzigd na het exporteren: SHA-256 is nu "
                        + actual + ", vastgelegd " + recorded + " (audit.log regel " + line + ")"));
            }
        }
        return checked;
    }

    private static String hash(Path file) throws IOException {
        MessageDigest d = Sha256.bulkDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
