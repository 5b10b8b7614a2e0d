package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.fixtures.SampleCase;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit point writes Lucene's commit and the journal's transaction side by side; the journal may only commit once
 * Lucene's commit has returned. Here the index folder is taken away during the run, so Lucene's last commit fails: no
 * item may then be journalled or recorded as done, and the same command, once the index is back, takes everything in.
 */
class IndexCommitFailureTest {
    @TempDir
    Path tmp;

    @Test
    void when_the_index_cannot_be_committed_nothing_is_recorded_as_done_and_the_same_command_resumes()
            throws Exception {
        Path input = SampleCase.write(tmp.resolve("beslag"));
        CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), "Test",
                Clock.systemUTC(), "t");
        Path index = ws.indexDir();
        Path aside = tmp.resolve("index-elders");
        IngestListener takeIndexAway = new IngestListener() {
            private boolean done;

            @Override
            public void finished(IngestOutcome outcome, long bytes) {
                if (!done) {
                    done = true;
                    try {
                        Files.move(index, aside);
                        Files.writeString(index, "geen map meer"); // new segment files cannot be written here
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };

        // Lucene can no longer write (or even find its lock) in index/
        assertThatThrownBy(() -> runner(ws, takeIndexAway).run(List.of(input))).isInstanceOf(IOException.class);

        assertThat(ws.evidence().all()).isNotEmpty()
                .extracting(EvidenceRecord::status).containsOnly(IngestState.PENDING);
        assertThat(ws.suggestions().all()).isEmpty();
        assertThat(Files.readAllLines(ws.auditFile())).noneMatch(l -> l.contains("ingest.file"));

        Files.delete(index);
        Files.move(aside, index);
        IngestReport resumed = runner(ws, IngestListener.NONE).run(List.of(input));

        CaseWorkspace fresh = CaseWorkspace.create(tmp.resolve("zaak-2"), new Parketnummer("10/123456-24"), "Test",
                Clock.systemUTC(), "t");
        IngestReport uninterrupted = runner(fresh, IngestListener.NONE).run(List.of(input));
        assertThat(resumed.totals()).isEqualTo(uninterrupted.totals());
        assertThat(resumed.files()).extracting(IngestOutcome::state)
                .isEqualTo(uninterrupted.files().stream().map(IngestOutcome::state).toList());
        try (PassageSearcher afterFailure = new PassageSearcher(index);
             PassageSearcher clean = new PassageSearcher(fresh.indexDir())) {
            assertThat(afterFailure.passageCount()).isPositive().isEqualTo(clean.passageCount());
        }
        assertThat(ws.suggestions().all()).hasSameSizeAs(fresh.suggestions().all());
    }

    private static IngestRunner runner(CaseWorkspace ws, IngestListener listener) {
        return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                new SourceContext(ZoneId.of("Europe/Amsterdam"), false), listener, Clock.systemUTC());
    }
}
