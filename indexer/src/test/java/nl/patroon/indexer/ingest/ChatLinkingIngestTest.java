package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.fixtures.EvidenceFiles;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linking stage over a real ingest: a WhatsApp export saved "with media" as a zip, each file evidence of its own and
 * tied to the message that sent it; and a chat screenshot tied to the same messages in the chat export (fictional).
 */
class ChatLinkingIngestTest {
    private static final String CHAT = "WhatsApp-chat met Mark.txt";
    private static final String PHOTO = "IMG-20240608-WA0003.jpg";
    private static final String VOICE = "PTT-20240608-WA0004.opus";
    private static final String TEXT = """
            08-06-2024 20:41 - Mark: waar ben je
            08-06-2024 20:42 - Mark: IMG-20240608-WA0003.jpg (bestand bijgevoegd)
            kijk wat je gedaan hebt
            08-06-2024 20:43 - Mark: PTT-20240608-WA0004.opus (bestand bijgevoegd)
            08-06-2024 20:44 - Sanne: <Media weggelaten>
            08-06-2024 20:45 - Sanne: laat me met rust
            08-06-2024 20:46 - Mark: IMG-20240608-WA0007.jpg (bestand bijgevoegd)
            """;
    /** The same photo sent again: WhatsApp stores it under a new name, the case once (as a duplicate). */
    private static final String AGAIN = "IMG-20240608-WA0007.jpg";

    @TempDir
    Path tmp;

    @Test
    void eachMediaFileOfAWhatsAppZipIsEvidenceLinkedToTheMessageThatSentIt() throws Exception {
        Path zip = whatsAppZip();
        try (CaseWorkspace ws = newCase()) {
            IngestReport report = ingest(ws, zip, false);

            IngestOutcome chat = outcome(report, zip + "!/" + CHAT);
            IngestOutcome photo = outcome(report, zip + "!/" + PHOTO);
            IngestOutcome archive = outcome(report, zip.toString());
            assertThat(chat.state()).isEqualTo(IngestState.INDEXED);
            assertThat(photo.sha256()).hasSize(64); // hashed on entry like every file
            assertThat(photo.state()).isIn(IngestState.INDEXED, IngestState.SKIPPED); // skipped: OCR is off
            assertThat(ws.evidence().evidenceById(photo.evidence())).get()
                    .satisfies(r -> assertThat(r.evidence().parentId()).isEqualTo(archive.evidence()));

            Map<String, Map<String, String>> facts = ws.evidence().evidenceMetadata();
            String messageTwo = chat.evidence() + ":m2";
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                assertThat(s.passages(List.of(messageTwo))).singleElement()
                        .satisfies(h -> assertThat(h.passage().text()).startsWith(PHOTO));
            }
            assertThat(facts.get(chat.evidence()))
                    .containsEntry("bijlage.m2", photo.evidence() + " " + PHOTO)
                    .hasEntrySatisfying("bijlage.m3", v -> assertThat(v).startsWith("ontbreekt: " + VOICE))
                    .hasEntrySatisfying("bijlagen.weggelaten", v -> assertThat(v).startsWith("1 bericht(en)"))
                    .doesNotContainKey("bijlage.m4");
            assertThat(outcome(report, zip + "!/" + AGAIN).state()).isEqualTo(IngestState.DUPLICATE);
            assertThat(facts.get(chat.evidence())).containsEntry("bijlage.m6", photo.evidence() + " " + AGAIN);
            assertThat(facts.get(photo.evidence())).containsEntry("verzonden.in", messageTwo + " in " + CHAT
                    + ", bericht 2 (regel 2), za 8 jun. 2024 20:42, van Mark; " + chat.evidence() + ":m6 in " + CHAT
                    + ", bericht 6 (regel 7), za 8 jun. 2024 20:46, van Mark");
            // a missing file is reported on its message, not as a failure of the export
            assertThat(report.files()).extracting(IngestOutcome::state).doesNotContain(IngestState.FAILED);
            assertThat(report.files()).extracting(IngestOutcome::path).noneMatch(p -> p.contains(VOICE));

            // a later run with something else keeps the links the first one made
            Path later = Files.writeString(tmp.resolve("later.txt"), "08-06-2024 21:00 - Mark: en nu?\n");
            ingest(ws, later, false);
            Map<String, Map<String, String>> after = ws.evidence().evidenceMetadata();
            assertThat(after.get(chat.evidence())).isEqualTo(facts.get(chat.evidence()));
            assertThat(after.get(photo.evidence())).isEqualTo(facts.get(photo.evidence()));
        }
    }

    @Test
    void anIosExportNamesItsFilesAsBijgevoegdAndIsLinkedTheSameWay() throws Exception {
        String file = "00000012-PHOTO-2024-06-08-20-47-13.jpg";
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        ImageIO.write(EvidenceFiles.textImage(600, "iOS"), "jpg", photo);
        Path zip = Files.createDirectories(tmp.resolve("in")).resolve("WhatsApp Chat - Mark.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("_chat.txt"));
            z.write(("[08-06-2024 20:46:02] Mark: waar ben je\n"
                    + "[08-06-2024 20:47:13] Mark: \u200E<bijgevoegd: " + file + ">\n"
                    + "[08-06-2024 20:49:40] Sanne: \u200E<bijgevoegd: 00000013-AUDIO-2024-06-08-20-49-40.opus>\n")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(file));
            z.write(photo.toByteArray());
            z.closeEntry();
        }
        try (CaseWorkspace ws = newCase()) {
            IngestReport report = ingest(ws, zip, false);
            String chat = outcome(report, zip + "!/_chat.txt").evidence();
            String image = outcome(report, zip + "!/" + file).evidence();

            Map<String, Map<String, String>> facts = ws.evidence().evidenceMetadata();
            assertThat(facts.get(chat)).containsEntry("bijlage.m2", image + " " + file)
                    .hasEntrySatisfying("bijlage.m3", v -> assertThat(v)
                            .startsWith("ontbreekt: 00000013-AUDIO-2024-06-08-20-49-40.opus"));
            assertThat(facts.get(image).get("verzonden.in")).isEqualTo(chat
                    + ":m2 in _chat.txt, bericht 2 (regel 2), za 8 jun. 2024 20:47:13, van Mark");
        }
    }

    @Test
    void anImageSentInTheChatIsReadWithOcrWhenTesseractIsInstalled() throws Exception {
        assumeTrue(TikaExtraction.get().ocrAvailable(), "Tesseract is niet geïnstalleerd: " + TikaExtraction.OCR_INSTALL);
        Path zip = whatsAppZip();
        try (CaseWorkspace ws = newCase()) {
            IngestOutcome photo = outcome(ingest(ws, zip, true), zip + "!/" + PHOTO);

            assertThat(photo.state()).isEqualTo(IngestState.INDEXED);
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                assertThat(String.join(" ", s.passagesOf(photo.evidence()).stream()
                        .map(h -> h.passage().text()).toList())).containsIgnoringCase("blauwe plek");
            }
            assertThat(ws.evidence().evidenceMetadata().get(photo.evidence())).containsKey("verzonden.in");
        }
    }

    @Test
    void aChatScreenshotIsLinkedToTheSameMessagesInTheChatExportOnBothSides() throws Exception {
        assumeTrue(TikaExtraction.get().ocrAvailable(), "Tesseract is niet geïnstalleerd: " + TikaExtraction.OCR_INSTALL);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path samples = Path.of("..", "samples", "zaak-demo");
        Files.copy(samples.resolve("05-whatsapp-sanne-ios.txt"), in.resolve("05-whatsapp-sanne-ios.txt"));
        Files.copy(samples.resolve("08-chat-screenshot.png"), in.resolve("08-chat-screenshot.png"));
        try (CaseWorkspace ws = newCase()) {
            IngestReport report = ingest(ws, in, true);
            String chat = outcome(report, in.resolve("05-whatsapp-sanne-ios.txt").toString()).evidence();
            String shot = outcome(report, in.resolve("08-chat-screenshot.png").toString()).evidence();

            Map<String, String> onChat = ws.evidence().evidenceMetadata().get(chat);
            Map<String, String> onShot = ws.evidence().evidenceMetadata().get(shot);
            // "[15-06-2024 20:14:33] Mark: ik maak je af" (line 86) is message 84 of the export, and on the screenshot
            assertThat(onChat).hasEntrySatisfying("ook.in.m84", v -> assertThat(v).startsWith(shot + ":a"));
            assertThat(onShot.entrySet()).anySatisfy(e -> {
                assertThat(e.getKey()).startsWith("ook.in.a");
                assertThat(e.getValue()).isEqualTo(chat + ":m84 (05-whatsapp-sanne-ios.txt, za 15 jun. 2024 20:14:33, Mark: ik maak je af)");
            });
            // ten bubbles, ten messages: also those whose time OCR put on the next line, or lost
            assertThat(onChat.keySet().stream().filter(k -> k.startsWith("ook.in."))).hasSize(10);
            // the screenshot's passages carry the time their bubbles show
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                String paragraph = onChat.get("ook.in.m84").split(" ")[0];
                assertThat(s.passages(List.of(paragraph))).singleElement().satisfies(h ->
                        assertThat(h.passage().time().start().toLocalDateTime()).hasToString("2024-06-15T20:14"));
            }
        }
    }

    private CaseWorkspace newCase() throws IOException {
        return CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t");
    }

    private static IngestReport ingest(CaseWorkspace ws, Path input, boolean ocr) throws IOException {
        return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                new SourceContext(ZoneId.of("Europe/Amsterdam"), ocr), IngestListener.NONE, Clock.systemUTC())
                .run(List.of(input));
    }

    private static IngestOutcome outcome(IngestReport report, String path) {
        return report.files().stream().filter(o -> o.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + report.files()));
    }

    /** An Android export "with media": the chat and the photo it sent; the voice message it names is not in it. */
    private Path whatsAppZip() throws IOException {
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        ImageIO.write(EvidenceFiles.textImage(1200, "Zo zag mijn arm eruit", "een blauwe plek van hem"), "jpg", photo);
        Path zip = Files.createDirectories(tmp.resolve("in")).resolve("WhatsApp-chat met Mark.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(CHAT));
            z.write(TEXT.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(PHOTO));
            z.write(photo.toByteArray());
            z.putNextEntry(new ZipEntry(AGAIN));
            z.write(photo.toByteArray());
            z.closeEntry();
        }
        return zip;
    }
}
