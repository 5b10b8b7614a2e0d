package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.imageio.ImageIO;

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
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.fixtures.EvidenceFiles;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later run over the same case: what is indexed already is a duplicate, what failed or was skipped is read again. */
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

    @Test
    void a_screenshot_skipped_without_ocr_is_read_by_a_later_run_with_ocr() throws Exception {
        assumeTrue(TikaExtraction.get().ocrAvailable(), "Tesseract is niet geïnstalleerd: " + TikaExtraction.OCR_INSTALL);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path screenshot = in.resolve("schermafbeelding.png");
        ImageIO.write(EvidenceFiles.textImage(1200, "Ik weet waar je woont", "Je ontkomt me niet"), "png",
                screenshot.toFile());

        IngestReport first = ingest(in, List.of(), false);
        IngestReport second = ingest(in, List.of(), true);

        assertThat(outcome(first, screenshot).state()).isEqualTo(IngestState.SKIPPED);
        assertThat(outcome(second, screenshot).state()).isEqualTo(IngestState.INDEXED);
        assertThat(outcome(second, screenshot).evidence()).isEqualTo(outcome(first, screenshot).evidence());
        try (PassageSearcher s = new PassageSearcher(tmp.resolve("zaak").resolve("index"))) {
            assertThat(String.join(" ", s.passagesOf(outcome(second, screenshot).evidence()).stream()
                    .map(h -> h.passage().text()).toList())).containsIgnoringCase("waar je woont");
        }
    }

    private IngestReport ingest(Path in, List<String> passwords) throws Exception {
        return ingest(in, passwords, false);
    }

    private IngestReport ingest(Path in, List<String> passwords, boolean ocr) throws Exception {
        Path caseDir = tmp.resolve("zaak");
        try (CaseWorkspace ws = Files.exists(caseDir) ? CaseWorkspace.open(caseDir, Clock.systemUTC(), "t")
                : CaseWorkspace.create(caseDir, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t")) {
            return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), ocr, passwords), IngestListener.NONE,
                    Clock.systemUTC(), ArchiveLimits.DEFAULT, IngestOptions.defaults().withThreads(2)).run(List.of(in));
        }
    }

    private static IngestOutcome outcome(IngestReport report, Path file) {
        return report.files().stream().filter(o -> o.path().equals(file.toString())).findFirst().orElseThrow();
    }
}
