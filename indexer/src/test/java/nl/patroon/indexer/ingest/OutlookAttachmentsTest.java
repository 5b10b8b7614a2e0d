package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.json.Json;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.fixtures.EvidenceFiles;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Outlook message is split into its attachments in a worker process, not in the ingest: POI holds each attachment
 * in memory, and a message with one attachment larger than the ingest's heap stopped the whole batch, at the same file
 * on every re-run.
 */
class OutlookAttachmentsTest {
    private static final Path WITH_DOC = Path.of("src/test/resources/corpora/apache-tika/testMSG_att_doc.msg");
    private static final int LARGE_MB = 160;

    @TempDir
    static Path shared;
    static Path large;
    static String largeSha;

    @TempDir
    Path tmp;

    @BeforeAll
    static void aMessageWithAnAttachmentLargerThanASmallHeap() throws Exception {
        large = shared.resolve("groot/groot.msg");
        Files.createDirectories(large.getParent());
        largeSha = EvidenceFiles.outlookWithLargeAttachment(large, WITH_DOC, "film.bin", LARGE_MB);
    }

    @Test
    void the_worker_splits_off_the_attachments_tika_finds_in_process() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path msg = Files.copy(WITH_DOC, in.resolve("bericht.msg"));
        List<String> expected = new ArrayList<>();
        TikaExtraction.get().eachAttachment(msg, "bericht.msg", "application/vnd.ms-outlook",
                (name, bytes) -> expected.add(msg + "!/" + name + " " + Sha256.hex(bytes.readAllBytes())));
        assertThat(expected).isNotEmpty();

        IngestReport report = ingest(in, IngestOptions.defaults().withThreads(2));

        assertThat(report.files()).filteredOn(o -> o.path().contains("!/"))
                .extracting(o -> o.path() + " " + o.sha256()).containsExactlyElementsOf(expected);
        assertThat(report.files()).extracting(IngestOutcome::state).doesNotContain(IngestState.FAILED);
        assertThat(leftOverParts()).isEmpty();
    }

    @Test
    void an_attachment_larger_than_the_ingest_heap_is_taken_in_and_the_batch_goes_on() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createLink(in.resolve("groot.msg"), large);
        EvidenceFiles.eml(in.resolve("ander.eml"), "a@example.nl", "b@example.nl", "Sun, 16 Jun 2024 02:13:44 +0200",
                "ander", "ik weet waar je woont");
        Path caseDir = tmp.resolve("zaak");
        CaseWorkspace.create(caseDir, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t").close();

        // The ingest's heap is smaller than the attachment; a worker's (512 MB) is not.
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), IngestMain.class.getName(), caseDir.toString(),
                in.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        var report = Json.mapper().readTree(caseDir.resolve("exports/ingest-report.json").toFile());
        List<String> files = new ArrayList<>();
        report.get("files").forEach(f -> files.add(f.get("path").asText() + " " + f.get("state").asText()
                + " " + f.path("sha256").asText()));
        assertThat(files).contains(in.resolve("groot.msg") + "!/film.bin skipped " + largeSha)
                .anyMatch(f -> f.startsWith(in.resolve("ander.eml") + " indexed"))
                .anyMatch(f -> f.startsWith(in.resolve("groot.msg") + " indexed"));
        try (Stream<Path> stored = Files.list(caseDir.resolve("evidence"))) {
            assertThat(stored.map(f -> f.getFileName().toString())).contains(largeSha)
                    .noneMatch(n -> n.startsWith(".incoming-"));
        }
    }

    @Test
    void a_message_that_kills_its_worker_costs_its_attachments_and_says_so() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createLink(in.resolve("groot.msg"), large);
        Path other = EvidenceFiles.eml(in.resolve("ander.eml"), "a@example.nl", "b@example.nl",
                "Sun, 16 Jun 2024 02:13:44 +0200", "ander", "ik weet waar je woont");

        IngestReport report = ingest(in, IngestOptions.defaults().withThreads(2).withWorkerHeapMb(96));

        assertThat(report.files()).filteredOn(o -> o.path().equals(in.resolve("groot.msg") + "!/(bijlagen)"))
                .singleElement().satisfies(o -> {
                    assertThat(o.state()).isEqualTo(IngestState.FAILED);
                    assertThat(o.reason()).startsWith("bijlagen niet uitgepakt: werkproces gecrasht: geheugenlimiet")
                            .contains("--worker-memory");
                });
        assertThat(report.files()).filteredOn(o -> o.path().equals(other.toString()))
                .extracting(IngestOutcome::state).containsExactly(IngestState.INDEXED);
        assertThat(leftOverParts()).isEmpty();
    }

    @Test
    void a_later_run_with_more_worker_memory_reads_the_failed_message_again() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path msg = Files.createLink(in.resolve("groot.msg"), large);
        IngestReport first = ingest(in, IngestOptions.defaults().withThreads(2).withWorkerHeapMb(96));
        String id = first.files().stream().filter(o -> o.path().equals(msg.toString())).findFirst().orElseThrow()
                .evidence();
        assertThat(first.anyFailed()).isTrue();

        IngestReport second = ingest(in, IngestOptions.defaults().withThreads(2));

        assertThat(second.files()).extracting(o -> o.path() + " " + o.state() + " " + o.evidence())
                .contains(msg + " " + IngestState.INDEXED + " " + id)
                .anyMatch(f -> f.startsWith(msg + "!/film.bin " + IngestState.SKIPPED));
        assertThat(second.anyFailed()).isFalse();
    }

    private IngestReport ingest(Path in, IngestOptions options) throws Exception {
        Path caseDir = tmp.resolve("zaak");
        try (CaseWorkspace ws = Files.exists(caseDir) ? CaseWorkspace.open(caseDir, Clock.systemUTC(), "t")
                : CaseWorkspace.create(caseDir, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t")) {
            return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC(),
                    ArchiveLimits.DEFAULT, options).run(List.of(in));
        }
    }

    private List<String> leftOverParts() throws Exception {
        try (Stream<Path> stored = Files.list(tmp.resolve("zaak/evidence"))) {
            return stored.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".incoming-")).toList();
        }
    }

}
