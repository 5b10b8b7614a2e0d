package nl.patroon.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.port.EvidenceRepository;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseVerifierTest {
    @TempDir
    Path tmp;
    Path root;
    Path original;
    Path export;

    /** A case with one stored original and one recorded export, as ingest and export leave them. */
    @BeforeEach
    void aCaseWithOneOriginalAndOneExport() throws Exception {
        root = tmp.resolve("zaak");
        byte[] bytes = "12-03-2024 22:16 - Mark: ik maak je af\n".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(bytes);
        try (CaseWorkspace ws = CaseWorkspace.create(root, new Parketnummer("10/123456-24"), null, Clock.systemUTC(),
                "t")) {
            original = ws.evidenceDir().resolve(sha);
            Files.write(original, bytes);
            Files.setPosixFilePermissions(original, PosixFilePermissions.fromString("r--------"));
            var e = ws.evidence().reserveEvidence(new EvidenceRepository.NewEvidence(sha, bytes.length, "/beslag/chat.txt",
                    "chat.txt", "text/plain", null, null, Instant.now(), "t"));
            ws.evidence().completeEvidence(e.id(), IngestState.INDEXED, null, 1, SourceKind.CHAT_EXPORT, "text/plain");
            ws.appendAudit("ingest.file", Map.of("evidence", e.id(), "sha256", sha));
            export = ws.exportsDir().resolve("tijdlijn.html");
            Files.writeString(export, "<html>tijdlijn</html>");
            ws.appendAudit("export", Map.of("path", export.toString(), "sha256", Sha256.hex(Files.readAllBytes(export))));
            ws.flushAudit();
        }
    }

    VerificationReport verify() throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.open(root, Clock.systemUTC(), "t")) {
            return CaseVerifier.verify(ws);
        }
    }

    @Test
    void an_untouched_case_verifies() throws Exception {
        VerificationReport r = verify();
        assertThat(r.ok()).isTrue();
        assertThat(r.originalsChecked()).isEqualTo(1);
        assertThat(r.exportsChecked()).isEqualTo(1);
        assertThat(r.auditLines()).isEqualTo(3);
    }

    @Test
    void a_flipped_byte_in_an_original_is_named_by_evidence_id() throws Exception {
        Files.setPosixFilePermissions(original, PosixFilePermissions.fromString("rw-------"));
        byte[] b = Files.readAllBytes(original);
        b[20] ^= 0x01;
        Files.write(original, b);

        VerificationReport r = verify();

        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("E-0001 (/beslag/chat.txt)");
            assertThat(f.message()).startsWith("origineel gewijzigd");
        });
    }

    @Test
    void an_edited_audit_line_is_named_by_line_number() throws Exception {
        Path log = root.resolve("audit.log");
        List<String> lines = Files.readAllLines(log);
        lines.set(1, lines.get(1).replace("E-0001", "E-0009"));
        Files.write(log, lines);

        VerificationReport r = verify();

        assertThat(r.problems()).extracting(Finding::subject).containsExactly("audit.log:2");
    }

    @Test
    void a_changed_export_is_named_with_the_audit_line_that_recorded_it() throws Exception {
        Files.writeString(export, "<html>tijdlijn, achteraf aangepast</html>");

        VerificationReport r = verify();

        assertThat(r.problems()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(export.toString());
            assertThat(f.message()).contains("export gewijzigd", "audit.log regel 3");
        });
    }

    @Test
    void a_stray_file_in_the_evidence_store_is_reported() throws Exception {
        Files.writeString(root.resolve("evidence").resolve("ondergeschoven.pdf"), "x");
        assertThat(verify().problems()).extracting(Finding::subject).containsExactly("evidence/ondergeschoven.pdf");
        assertThat(verify().problems()).extracting(Finding::message).noneMatch(m -> m.contains("onderbroken"));
    }

    @Test
    void a_stray_file_while_an_ingest_is_interrupted_still_counts_and_says_how_it_may_have_come() throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.open(root, Clock.systemUTC(), "t")) {
            ws.journal().markRunOpen("abc", "run-1");
        }
        Files.writeString(root.resolve("evidence").resolve("a".repeat(64)), "opgeslagen, nog niet vastgelegd");

        assertThat(verify().problems()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("evidence/" + "a".repeat(64));
            assertThat(f.message()).contains("onderbroken ingest", "dezelfde ingest-opdracht opnieuw");
        });
    }
}
