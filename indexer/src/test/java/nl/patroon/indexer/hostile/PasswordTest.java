package nl.patroon.indexer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.ingest.IngestListener;
import nl.patroon.indexer.ingest.IngestRunner;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords an investigator knows open encrypted items, and never show up anywhere afterwards. */
class PasswordTest {
    static final String SECRET = "Geheim-Wachtwoord-7";

    @TempDir
    Path tmp;

    IngestOutcome ingest(List<String> passwords) throws Exception {
        Path pdf = HostileFiles.encryptedPdf(Files.createDirectories(tmp.resolve("in")).resolve("slot.pdf"), SECRET);
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            IngestReport r = new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false, passwords), IngestListener.NONE,
                    Clock.systemUTC()).run(List.of(pdf));
            return r.files().get(0);
        }
    }

    String everythingWritten() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(tmp.resolve("zaak"))) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/evidence/")).toList()) {
                sb.append(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return sb.toString();
    }

    @Test
    void a_supplied_password_opens_the_item_and_is_written_nowhere() throws Exception {
        IngestOutcome o = ingest(List.of("verkeerd", SECRET));
        assertThat(o.state()).isEqualTo(IngestState.INDEXED);
        assertThat(o.passages()).isPositive();
        assertThat(everythingWritten()).doesNotContain(SECRET);
    }

    @Test
    void wrong_passwords_leave_it_failed_with_a_reason_that_names_no_password() throws Exception {
        IngestOutcome o = ingest(List.of("verkeerd", "ook-verkeerd"));
        assertThat(o.state()).isEqualTo(IngestState.FAILED);
        assertThat(o.reason()).startsWith("versleuteld, wachtwoord nodig").contains("geen van de 2")
                .doesNotContain("verkeerd");
        assertThat(everythingWritten()).doesNotContain("ook-verkeerd");
    }

    @Test
    void the_context_never_prints_its_passwords() {
        assertThat(new SourceContext(ZoneId.of("Europe/Amsterdam"), false, List.of(SECRET)).toString())
                .doesNotContain(SECRET).contains("1 (verborgen)");
    }
}
