package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Outlook mailbox through the ingest: its messages are read one by one and its attachments split off under their
 * message (public sample from Apache Tika's tests, Apache-2.0; it holds no attachment, see PstAttachmentsTest).
 */
class PstIngestTest {
    @TempDir
    Path tmp;

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of(PstIngestTest.class
                .getResource("/corpora/apache-tika/testPST_variousBodyTypes.pst").toURI()));
    }

    private IngestReport ingest(CaseWorkspace ws, boolean isolated, Path... files) throws Exception {
        IngestOptions d = IngestOptions.defaults();
        IngestOptions options = new IngestOptions(d.threads(), d.timeout(), d.workerHeapMb(), isolated, d.inProcess(),
                d.commitEvery(), d.workerJvm());
        return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC(),
                ArchiveLimits.DEFAULT, options).run(List.of(files));
    }

    /** In a worker (split there, in the same walk as the read) and, without isolation, in the ingest itself. */
    @ParameterizedTest(name = "isolated: {0}")
    @ValueSource(booleans = {true, false})
    void aPstIsOneEvidenceItemWithAPassagePerMessageAndADamagedOneFailsAlone(boolean isolated) throws Exception {
        Path pst = tmp.resolve("in/postvak.pst");
        Path cut = tmp.resolve("in/kapot.pst");
        Files.createDirectories(pst.getParent());
        Files.write(pst, sample());
        Files.write(cut, Arrays.copyOf(sample(), 4096));
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            IngestReport report = ingest(ws, isolated, pst, cut);

            assertThat(report.files()).extracting(IngestOutcome::path)
                    .containsExactlyInAnyOrder(pst.toString(), cut.toString());
            IngestOutcome box = report.files().stream().filter(o -> o.path().equals(pst.toString())).findFirst()
                    .orElseThrow();
            IngestOutcome broken = report.files().stream().filter(o -> o.path().equals(cut.toString())).findFirst()
                    .orElseThrow();
            assertThat(box.state()).isEqualTo(IngestState.INDEXED);
            assertThat(broken.state()).isIn(IngestState.FAILED, IngestState.SKIPPED);
            assertThat(broken.reason()).isNotBlank();
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                assertThat(s.passagesOf(box.evidence())).extracting(h -> h.passage().locator().code())
                        .containsExactly("m1", "m2", "m3", "m4");
            }
        }
    }
}
