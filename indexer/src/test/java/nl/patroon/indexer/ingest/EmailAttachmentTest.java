package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An e-mail's attachments are evidence of their own, linked to the e-mail they came with. */
class EmailAttachmentTest {
    static final String MAIL = """
            From: Mark de Vries <mark.dv@example.nl>\r
            To: Sanne Jansen <sanne@example.nl>\r
            Subject: lees dit\r
            Date: Sun, 16 Jun 2024 02:13:44 +0200\r
            Message-ID: <bijlage-1@example.nl>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="grens"\r
            \r
            --grens\r
            Content-Type: text/plain; charset=UTF-8\r
            \r
            zie de bijlage\r
            --grens\r
            Content-Type: text/plain; charset=UTF-8; name="brief.txt"\r
            Content-Disposition: attachment; filename="brief.txt"\r
            \r
            Als je weggaat zie je de kinderen nooit meer.\r
            --grens--\r
            """;

    @TempDir
    Path tmp;

    @Test
    void an_attachment_becomes_child_evidence_with_its_own_passages() throws Exception {
        Path mail = EvidenceFiles.text(tmp.resolve("in/mail.eml"), MAIL);
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            IngestReport report = new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                    .run(List.of(mail));

            assertThat(report.files()).extracting(IngestOutcome::path)
                    .containsExactly(mail + "!/brief.txt", mail.toString());
            assertThat(report.files()).extracting(IngestOutcome::state).containsOnly(IngestState.INDEXED);
            String mailId = report.files().get(1).evidence();
            String attachmentId = report.files().get(0).evidence();
            assertThat(ws.evidence().evidenceById(attachmentId)).get()
                    .satisfies(r -> assertThat(r.evidence().parentId()).isEqualTo(mailId));
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                assertThat(s.passagesOf(attachmentId)).singleElement()
                        .satisfies(h -> assertThat(h.passage().text()).contains("kinderen nooit meer"));
                assertThat(s.passagesOf(mailId)).singleElement()
                        .satisfies(h -> assertThat(h.passage().text()).contains("zie de bijlage"));
            }
        }
    }
}
