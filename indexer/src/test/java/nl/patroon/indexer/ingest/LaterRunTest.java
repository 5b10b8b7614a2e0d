package nl.patroon.indexer.ingest;

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
import nl.patroon.indexer.fixtures.EvidenceFiles;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later run over the same case: what is in it already is a duplicate, what failed is read again. */
class LaterRunTest {
    private static final Path PROTECTED =
            Path.of("src/test/resources/corpora/apache-tika/testWORD_protected_passtika.docx");

    @TempDir
    Path tmp;

    @Test
    void an_item_that_failed_for_want_of_a_password_is_read_again_when_one_is_given() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path locked = Files.copy(PROTECTED, in.resolve("verklaring.docx"));
        Path plain = EvidenceFiles.text(in.resolve("notitie.txt"), "hij staat weer voor de deur");

        IngestReport first = ingest(in, List.of());
        IngestReport second = ingest(in, List.of("tika"));

        assertThat(outcome(first, locked).state()).isEqualTo(IngestState.FAILED);
        assertThat(outcome(second, locked).state()).isEqualTo(IngestState.INDEXED);
        assertThat(outcome(second, locked).evidence()).isEqualTo(outcome(first, locked).evidence());
        assertThat(outcome(second, plain).state()).isEqualTo(IngestState.DUPLICATE);
        assertThat(outcome(second, plain).evidence()).isEqualTo(outcome(first, plain).evidence());
    }

    private IngestReport ingest(Path in, List<String> passwords) throws Exception {
        Path caseDir = tmp.resolve("zaak");
        try (CaseWorkspace ws = Files.exists(caseDir) ? CaseWorkspace.open(caseDir, Clock.systemUTC(), "t")
                : CaseWorkspace.create(caseDir, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t")) {
            return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false, passwords), IngestListener.NONE,
                    Clock.systemUTC(), ArchiveLimits.DEFAULT, IngestOptions.defaults().withThreads(2)).run(List.of(in));
        }
    }

    private static IngestOutcome outcome(IngestReport report, Path file) {
        return report.files().stream().filter(o -> o.path().equals(file.toString())).findFirst().orElseThrow();
    }
}
