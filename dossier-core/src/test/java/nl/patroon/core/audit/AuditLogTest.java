package nl.patroon.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    Path file;
    String head;

    @BeforeEach
    void writeThreeLines() {
        file = dir.resolve("audit.log");
        try (AuditLog log = AuditLog.open(file, Clock.fixed(Instant.parse("2024-06-09T10:00:00Z"), ZoneOffset.UTC),
                "verbalisant")) {
            log.append("case.init", Map.of("parketnummer", "10/123456-24"));
            log.append("party.add", Map.of("party", "P-01", "name", "Mark de Vries"));
            log.append("ingest.file", Map.of("path", "aangifte.pdf", "sha256", "ab".repeat(32)));
            head = log.head();
        }
    }

    @Test
    void a_log_opened_only_to_read_is_left_as_it_was_and_a_later_append_continues_the_chain() throws Exception {
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        AuditLog.open(file, Clock.systemUTC(), "officier").close(); // as a search opens the case: nothing written
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);

        Path none = dir.resolve("leeg").resolve("audit.log");
        Files.createDirectories(none.getParent());
        AuditLog.open(none, Clock.systemUTC(), "officier").close();
        assertThat(none).doesNotExist();

        try (AuditLog log = AuditLog.open(file, Clock.systemUTC(), "officier")) {
            assertThat(log.size()).isEqualTo(3);
            log.append("search", Map.of("query", "maak je af"));
        }
        assertThat(AuditLog.verify(file, null).problems()).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(4);
    }

    @Test
    void only_a_sha256_digest_is_written_under_the_sha256_key() throws Exception {
        try (AuditLog log = AuditLog.open(file, Clock.systemUTC(), "verbalisant")) {
            // a provider's name under the hash key (audit.log once carried "sha256":"SunPKCS11-NSS")
            assertThatThrownBy(() -> log.append("ingest.start", Map.of("sha256", "SunPKCS11-NSS")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geen SHA-256");
            assertThatThrownBy(() -> log.append("ingest.file", Map.of("sha256", "AB".repeat(32))))
                    .isInstanceOf(IllegalArgumentException.class);
            log.append("ingest.start", Map.of("sha256Provider", "SunPKCS11-NSS"));
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).contains("\"sha256Provider\":\"SunPKCS11-NSS\"").doesNotContain("\"sha256\":");
        assertThat(AuditLog.verify(file, Sha256.hex(lines.get(3))).ok()).isTrue();
    }

    @Test
    void an_untouched_log_verifies() {
        AuditVerification v = AuditLog.verify(file, head);
        assertThat(v.ok()).isTrue();
        assertThat(v.lines()).isEqualTo(3);
    }

    @Test
    void each_line_carries_the_hash_of_the_line_before() throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("\"prev\":\"" + AuditLog.GENESIS + "\"");
        assertThat(lines.get(1)).contains("\"prev\":\"" + Sha256.hex(lines.get(0)) + "\"");
        assertThat(lines.get(2)).contains("\"prev\":\"" + Sha256.hex(lines.get(1)) + "\"");
    }

    @Test
    void a_changed_line_is_detected_and_named() throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("Mark de Vries", "Iemand anders"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        AuditVerification v = AuditLog.verify(file, head);

        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).extracting(AuditVerification.Problem::line).containsExactly(2L);
        assertThat(v.problems().get(0).message()).contains("regel 2 is gewijzigd");
    }

    @Test
    void a_changed_last_line_is_detected_through_the_anchored_head() throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replace("aangifte.pdf", "andere.pdf"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        assertThat(AuditLog.verify(file, null).ok()).as("the chain alone cannot see the last line").isTrue();
        AuditVerification v = AuditLog.verify(file, head);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).extracting(AuditVerification.Problem::line).containsExactly(3L);
    }

    @Test
    void a_deleted_line_is_detected() throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.remove(1);
        Files.write(file, lines, StandardCharsets.UTF_8);

        AuditVerification v = AuditLog.verify(file, head);

        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).isNotEmpty();
    }

    @Test
    void appending_after_reopening_continues_the_chain() {
        try (AuditLog log = AuditLog.open(file, Clock.systemUTC(), "officier")) {
            log.append("export", Map.of("format", "html"));
            head = log.head();
        }
        AuditVerification v = AuditLog.verify(file, head);
        assertThat(v.ok()).isTrue();
        assertThat(v.lines()).isEqualTo(4);
    }
}
