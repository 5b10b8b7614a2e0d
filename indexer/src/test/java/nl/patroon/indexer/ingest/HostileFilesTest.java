package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.fixtures.SampleCase;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser that hangs and a parser that exhausts memory, among normal files: the batch completes, both are
 * failed with their reason, everything else is indexed. (The hostile reader exists on the test class path only.)
 */
class HostileFilesTest {
    @TempDir
    Path tmp;

    @Test
    void a_hanging_and_an_out_of_memory_file_fail_with_reasons_and_the_rest_is_indexed() throws Exception {
        Path input = SampleCase.write(tmp.resolve("beslag"));
        Files.writeString(input.resolve("02a-vastloper.hang"), "blijft hangen");
        Files.writeString(input.resolve("03a-geheugenvreter.oom"), "vraagt alle geheugen");
        CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), "Test",
                Clock.systemUTC(), "t");
        IngestOptions options = IngestOptions.defaults().withThreads(2).withTimeout(Duration.ofSeconds(4))
                .withWorkerHeapMb(160);

        IngestReport report = new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC(),
                ArchiveLimits.DEFAULT, options).run(List.of(input));

        Map<String, IngestOutcome> files = report.files().stream()
                .collect(Collectors.toMap(o -> Path.of(o.path()).getFileName().toString(), Function.identity(),
                        (a, b) -> a));
        assertThat(files.get("02a-vastloper.hang").state()).isEqualTo(IngestState.FAILED);
        assertThat(files.get("02a-vastloper.hang").reason()).contains("time-out na 4 s").contains("2 pogingen");
        assertThat(files.get("03a-geheugenvreter.oom").state()).isEqualTo(IngestState.FAILED);
        assertThat(files.get("03a-geheugenvreter.oom").reason()).contains("OutOfMemoryError");
        assertThat(files.get("01-aangifte.pdf").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("02-verslag.docx").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("03-whatsapp.txt").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("04-mail.eml").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("05-notitie.html").state()).isEqualTo(IngestState.INDEXED);
        assertThat(report.files()).hasSize(13);
        assertThat(report.count(IngestState.FAILED)).isEqualTo(3); // the two hostile files and 07-kapot.pdf
        try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
            assertThat(s.passageCount()).isEqualTo(report.files().stream().mapToInt(IngestOutcome::passages).sum())
                    .isPositive();
        }
        assertThat(Files.readString(ws.exportsDir().resolve(IngestReports.CSV)))
                .contains("02a-vastloper.hang,failed,time-out na 4 s");
        ws.close();
    }
}
