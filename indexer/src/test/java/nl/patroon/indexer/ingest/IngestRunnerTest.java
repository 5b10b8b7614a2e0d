package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.patroon.core.audit.AuditLog;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.json.Json;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.fixtures.SampleCase;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.core.search.SearchHit;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunnerTest {
    @TempDir
    Path tmp;
    Path input;
    CaseWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        input = SampleCase.write(tmp.resolve("beslag"));
        ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), "Test", Clock.systemUTC(), "t");
        ws.update(ws.caseFile().withParty(PartyRole.VERDACHTE, "Mark de Vries",
                List.of("Mark", "mark.dv@example.nl")), "party.add", Map.of());
    }

    IngestReport ingest() throws Exception {
        return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                .run(List.of(input));
    }

    static Map<String, IngestOutcome> byName(IngestReport r) {
        return r.files().stream().collect(Collectors.toMap(o -> o.path().substring(o.path().indexOf("beslag/") + 7),
                Function.identity()));
    }

    @Test
    void what_an_interrupted_ingest_left_on_its_way_in_is_removed_and_the_audit_says_so() throws Exception {
        Path store = Files.createDirectories(ws.evidenceDir());
        Path halfCopy = Files.writeString(store.resolve(".incoming-4711.part"), "half a copy");
        Path attachments = Files.createDirectories(store.resolve(".incoming-parts-0815"));
        Files.writeString(attachments.resolve("1"), "an attachment on its way in");

        ingest();

        assertThat(halfCopy).doesNotExist();
        assertThat(attachments).doesNotExist();
        try (var left = Files.list(store)) {
            assertThat(left.map(p -> p.getFileName().toString())).isNotEmpty()
                    .allMatch(n -> n.matches("[0-9a-f]{64}")); // the originals, named by their hash, and nothing else
        }
        assertThat(Files.readAllLines(ws.auditFile())).filteredOn(l -> l.contains("ingest.cleanup"))
                .singleElement().asString().contains("\"removed\":2");
    }

    @Test
    void every_input_file_ends_in_exactly_one_state_with_a_reason_where_needed() throws Exception {
        IngestReport report = ingest();
        Map<String, IngestOutcome> files = byName(report);

        assertThat(files.keySet()).containsExactlyInAnyOrder("01-aangifte.pdf", "02-verslag.docx", "03-whatsapp.txt",
                "04-mail.eml", "05-notitie.html", "06-bijlagen.zip", "06-bijlagen.zip!/bijlagen/a.txt",
                "06-bijlagen.zip!/bijlagen/kopie-chat.txt", "07-kapot.pdf", "08-leeg.txt", "sub/kopie.txt");
        assertThat(report.files()).hasSize(11);
        assertThat(files.get("01-aangifte.pdf").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("02-verslag.docx").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("03-whatsapp.txt").passages()).isEqualTo(5);
        assertThat(files.get("04-mail.eml").passages()).isEqualTo(1);
        assertThat(files.get("06-bijlagen.zip!/bijlagen/a.txt").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get("06-bijlagen.zip!/bijlagen/kopie-chat.txt").state()).isEqualTo(IngestState.DUPLICATE);
        assertThat(files.get("06-bijlagen.zip!/bijlagen/kopie-chat.txt").evidence())
                .isEqualTo(files.get("03-whatsapp.txt").evidence());
        assertThat(files.get("07-kapot.pdf").state()).isEqualTo(IngestState.FAILED);
        assertThat(files.get("07-kapot.pdf").reason()).contains("beschadigd");
        assertThat(files.get("08-leeg.txt").state()).isEqualTo(IngestState.SKIPPED);
        assertThat(files.get("08-leeg.txt").reason()).contains("leeg");
        assertThat(files.get("sub/kopie.txt").state()).isEqualTo(IngestState.DUPLICATE);
        assertThat(files.get("sub/kopie.txt").reason()).contains("al aanwezig als " + files.get("03-whatsapp.txt").evidence());
    }

    @Test
    void the_report_on_disk_has_an_entry_per_file_with_path_hash_state_reason_and_evidence() throws Exception {
        IngestReport report = ingest();
        JsonNode json = Json.mapper().readTree(ws.exportsDir().resolve("ingest-report.json").toFile());
        assertThat(json.path("files")).hasSize(report.files().size());
        JsonNode pdf = json.path("files").get(0);
        assertThat(pdf.path("path").asText()).endsWith("01-aangifte.pdf");
        assertThat(pdf.path("sha256").asText()).isEqualTo(Sha256.hex(Files.readAllBytes(input.resolve("01-aangifte.pdf"))));
        assertThat(pdf.path("state").asText()).isEqualTo("indexed");
        assertThat(pdf.path("evidence").asText()).isEqualTo("E-0001");
        assertThat(pdf.has("reason")).isTrue();
        assertThat(json.path("totals").path("failed").asInt()).isEqualTo(1);
    }

    @Test
    void originals_are_stored_bit_exact_read_only_and_named_by_their_hash() throws Exception {
        ingest();
        String sha = Sha256.hex(Files.readAllBytes(input.resolve("01-aangifte.pdf")));
        Path stored = ws.evidenceDir().resolve(sha);
        assertThat(stored).exists();
        assertThat(Sha256.hex(Files.readAllBytes(stored))).isEqualTo(sha);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("r--------");
        assertThat(ws.evidence().evidenceBySha(sha)).get().satisfies(r -> {
            assertThat(r.evidence().originalPath()).endsWith("01-aangifte.pdf");
            assertThat(r.evidence().ingestedBy()).isNotBlank();
            assertThat(ws.evidence().evidenceMetadata().get(r.evidence().id())).containsEntry("origineel.gewijzigd",
                    Files.getLastModifiedTime(input.resolve("01-aangifte.pdf")).toInstant().toString());
        });
    }

    @Test
    void ingesting_the_same_files_again_adds_nothing() throws Exception {
        ingest();
        int passages;
        try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
            passages = s.passageCount();
        }
        int evidence = ws.evidence().all().size();

        IngestReport second = ingest();

        assertThat(second.files()).allSatisfy(o -> {
            if (o.state() != IngestState.FAILED && o.state() != IngestState.SKIPPED) {
                assertThat(o.state()).isEqualTo(IngestState.DUPLICATE);
                assertThat(o.reason()).startsWith("al aanwezig als E-");
            }
        });
        assertThat(second.count(IngestState.INDEXED)).isZero();
        try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
            assertThat(s.passageCount()).isEqualTo(passages).isGreaterThan(10);
        }
        assertThat(ws.evidence().all()).hasSize(evidence);
    }

    @Test
    void pdf_paragraphs_keep_their_page_and_chat_messages_their_author_and_party() throws Exception {
        ingest();
        try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
            List<SearchHit> pdf = s.passagesOf("E-0001");
            assertThat(pdf).extracting(h -> h.passage().locator().page()).contains(1, 2);
            assertThat(pdf).filteredOn(h -> h.passage().text().contains("keel"))
                    .singleElement().satisfies(h -> assertThat(h.passage().locator().code()).startsWith("p2."));

            SearchHit threat = s.search("\"ik maak je af als\"", 10).hits().get(0);
            assertThat(threat.passage().author()).isEqualTo("Mark");
            assertThat(threat.passage().partyId()).isEqualTo("P-01");
            assertThat(threat.passage().time().start().toString()).startsWith("2024-03-12T22:16+01:00");
            assertThat(threat.categories()).contains("THREAT_TO_KILL");
        }
        assertThat(ws.suggestions().all()).isNotEmpty().allSatisfy(sg -> {
            assertThat(sg.ruleId()).isNotBlank();
            assertThat(sg.explanationNl()).isNotBlank();
            assertThat(sg.end()).isGreaterThan(sg.start());
        });
    }

    @Test
    void every_file_is_recorded_in_the_audit_log_and_the_chain_holds() throws Exception {
        IngestReport report = ingest();
        ws.flushAudit();
        List<String> lines = Files.readAllLines(ws.auditFile());
        assertThat(lines.stream().filter(l -> l.contains("\"action\":\"ingest.file\""))).hasSize(report.files().size());
        assertThat(AuditLog.verify(ws.auditFile(), ws.anchoredAuditHead()).ok()).isTrue();
    }

    @Test
    void an_unresolved_author_can_be_mapped_to_a_party_without_reading_the_files_again() throws Exception {
        ingest();
        try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
            assertThat(s.unresolvedAuthors()).containsEntry("Sanne", 1).doesNotContainKey("Mark");
        }
        try (var writer = new nl.patroon.indexer.index.PassageIndexWriter(ws.indexDir())) {
            assertThat(writer.reattribute("Sanne", "P-02")).isEqualTo(1);
            writer.commit();
        }
        try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
            assertThat(s.unresolvedAuthors()).doesNotContainKey("Sanne");
            SearchHit hit = s.search("\"ik ben bang\"", 5).hits().get(0);
            assertThat(hit.passage().partyId()).isEqualTo("P-02");
            assertThat(hit.passage().author()).isEqualTo("Sanne");
            assertThat(s.passageCount()).isEqualTo(s.allPassages().size());
        }
    }
}
