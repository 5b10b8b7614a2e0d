package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files made by others — encrypted, truncated, quines, decompression bombs — end in a defined state. */
class PublicCorporaTest {
    static final Path COPIED = Path.of("src", "test", "resources", "corpora");

    @TempDir
    Path tmp;

    IngestReport ingest(List<Path> inputs) throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                    .run(inputs);
        }
    }

    @Test
    void hostile_and_odd_public_files_each_get_the_expected_state() throws Exception {
        IngestReport report = ingest(List.of(COPIED));
        Map<String, IngestOutcome> byName = report.files().stream().collect(Collectors.toMap(
                o -> o.path().substring(o.path().lastIndexOf("corpora/") + 8), Function.identity()));

        assertThat(byName.get("apache-tika/testWORD_protected_passtika.docx"))
                .extracting(IngestOutcome::state, IngestOutcome::reason)
                .containsExactly(IngestState.FAILED, "versleuteld, wachtwoord nodig");
        assertThat(byName.get("apache-tika/testWORD_truncated.docx").state()).isEqualTo(IngestState.FAILED);
        assertThat(byName.get("apache-tika/testZipEncrypted.zip!/encrypted.txt"))
                .extracting(IngestOutcome::state, IngestOutcome::reason)
                .containsExactly(IngestState.FAILED, "versleuteld, wachtwoord nodig");
        // The zip quine contains itself: the inner copy is recognised by its hash and not expanded again.
        assertThat(byName.get("apache-tika/droste.zip!/droste.zip").state()).isEqualTo(IngestState.DUPLICATE);
        assertThat(byName.get("apache-tika/testLZMA_oom").state()).isEqualTo(IngestState.FAILED);
        assertThat(byName.get("apache-tika/testRFC822").state()).isEqualTo(IngestState.INDEXED);
        assertThat(byName.get("apache-tika/testRFC822_oddfrom").state()).isEqualTo(IngestState.INDEXED);
        assertThat(byName.get("apache-tika/simple.mbox"))
                .extracting(IngestOutcome::state, IngestOutcome::passages).containsExactly(IngestState.INDEXED, 2);
        assertThat(byName.get("ruby-mail/raw_email_simple.eml"))
                .extracting(IngestOutcome::state, IngestOutcome::passages).containsExactly(IngestState.INDEXED, 1);
        assertThat(report.files()).allSatisfy(o -> {
            if (o.state() != IngestState.INDEXED) {
                assertThat(o.reason()).isNotBlank();
            }
        });
    }

    /**
     * Extra (needs ../shared/corpora, present in CI): every file of three public corpora ends in exactly one
     * state and none aborts the batch.
     */
    @Test
    void every_file_of_the_shared_corpora_ends_in_one_state() throws Exception {
        Path shared = Stream.of(Path.of("..", "..", "shared", "corpora"), Path.of("/work/shared/corpora"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(shared != null, "shared corpora not present");
        List<Path> inputs = List.of(shared.resolve("apache-tika"), shared.resolve("mimekit"),
                shared.resolve("ruby-mail"));
        long files = 0;
        for (Path in : inputs) {
            try (Stream<Path> s = Files.walk(in)) {
                files += s.filter(Files::isRegularFile).count();
            }
        }
        IngestReport report = ingest(inputs);
        long topLevel = report.files().stream().filter(o -> !o.path().contains("!/")).count();
        assertThat(topLevel).isEqualTo(files);
        assertThat(report.files()).extracting(IngestOutcome::path).doesNotHaveDuplicates();
        assertThat(report.count(IngestState.INDEXED)).isGreaterThan(files / 2);
    }
}
