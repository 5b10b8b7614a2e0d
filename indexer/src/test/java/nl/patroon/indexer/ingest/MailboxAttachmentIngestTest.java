package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attachments of a mailbox's messages are evidence of their own, under the mailbox, named by their message. */
class MailboxAttachmentIngestTest {
    static final String MBOX = "From mark@example.nl Sat Jun  8 20:47:13 2024\n"
            + "From: Mark <mark@example.nl>\nTo: Sanne <sanne@example.nl>\nSubject: waar ben je\n"
            + "Date: Sat, 08 Jun 2024 20:47:13 +0200\n\nwaar ben je nou\n\n"
            + "From mark@example.nl Sun Jun 16 02:13:44 2024\n"
            + "From: Mark <mark@example.nl>\nTo: Sanne <sanne@example.nl>\nSubject: lees dit\n"
            + "Date: Sun, 16 Jun 2024 02:13:44 +0200\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=\"grens\"\n\n"
            + "--grens\nContent-Type: text/plain; charset=utf-8\n\nzie de bijlage\n"
            + "--grens\nContent-Type: text/plain; charset=utf-8; name=\"brief.txt\"\n"
            + "Content-Disposition: attachment; filename=\"brief.txt\"\nContent-Transfer-Encoding: base64\n\n"
            + Base64.getMimeEncoder().encodeToString("Als je weggaat zie je de kinderen nooit meer.".getBytes())
            + "\n--grens--\n";

    @TempDir
    Path tmp;

    @Test
    void anAttachmentOfMessageTwoBecomesEvidenceUnderTheMailboxNamedByItsMessage() throws Exception {
        Path mbox = tmp.resolve("in/postvak.mbox");
        Files.createDirectories(mbox.getParent());
        Files.writeString(mbox, MBOX);
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            IngestReport report = new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                    .run(List.of(mbox));

            assertThat(report.files()).extracting(IngestOutcome::path)
                    .containsExactlyInAnyOrder(mbox + "!/bericht-2/brief.txt", mbox.toString());
            assertThat(report.files()).extracting(IngestOutcome::state).containsOnly(IngestState.INDEXED);
            IngestOutcome box = report.files().stream().filter(o -> o.path().equals(mbox.toString())).findFirst().orElseThrow();
            IngestOutcome letter = report.files().stream().filter(o -> o.path().endsWith("brief.txt")).findFirst().orElseThrow();
            assertThat(ws.evidence().evidenceById(letter.evidence())).get()
                    .satisfies(r -> assertThat(r.evidence().parentId()).isEqualTo(box.evidence()));
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                assertThat(s.passagesOf(letter.evidence())).singleElement()
                        .satisfies(h -> assertThat(h.passage().text()).contains("kinderen nooit meer"));
                // the mailbox's message 2 is the one that carried it
                assertThat(s.passagesOf(box.evidence())).anySatisfy(h -> {
                    assertThat(h.passage().locator().code()).isEqualTo("m2");
                    assertThat(h.passage().text()).contains("zie de bijlage");
                });
            }
        }
    }
}
