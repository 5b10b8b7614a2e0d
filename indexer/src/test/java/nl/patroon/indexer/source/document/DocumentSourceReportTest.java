package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading fictional Dutch reports (rendered to PDF at test time) into dated, attributed paragraphs. */
class DocumentSourceReportTest {
    @TempDir
    static Path dir;
    private static SourceResult.Read aangifte;

    @BeforeAll
    static void readAangifte() throws IOException {
        aangifte = read(ReportPdf.write("pv-aangifte.txt", dir), "application/pdf");
    }

    @Test
    void aTwoPageAangifteYieldsParagraphsOnPagesOneAndTwo() {
        assertThat(aangifte.passages()).extracting(p -> p.locator().page()).containsOnly(1, 2).contains(1, 2);
        assertThat(aangifte.passages()).allSatisfy(p -> assertThat(p.evidenceId()).isEqualTo("E-0001"));
        Passage gone = passage(aangifte, "Om 23.50 uur is hij weggegaan");
        assertThat(gone.locator().code()).isEqualTo("p2.1");
        assertThat(passage(aangifte, "PROCES-VERBAAL AANGIFTE").locator().page()).isEqualTo(1);
    }

    @Test
    void theAangifteIsRecognisedAndKeepsItsDateAndNumbers() {
        assertThat(aangifte.kind()).isEqualTo(SourceKind.PROCES_VERBAAL_AANGIFTE);
        assertThat(aangifte.metadata()).containsEntry("report.date", "2024-06-09")
                .containsEntry("report.dateSource", "afsluiting")
                .containsEntry("report.pvNumbers", "PL1700-2024056789-1")
                .containsEntry("report.registrationNumbers", "2024056789")
                .containsEntry("report.parketnummers", "10/123456-24");
    }

    @Test
    void eachParagraphIsDatedByTheFirstEventItNarrates() {
        assertThat(time(aangifte, "Ik doe aangifte van mishandeling"))
                .isEqualTo(at("2024-06-08T23:40", TimePrecision.APPROXIMATE));
        // a clock time alone belongs to the day narrated last (8 June), not to the report's date
        assertThat(time(aangifte, "Om 23.50 uur is hij weggegaan")).isEqualTo(at("2024-06-08T23:50", TimePrecision.MINUTE));
        // relative to the report's own date, Sunday 9 June 2024
        EventTime friday = time(aangifte, "Afgelopen vrijdag");
        assertThat(friday.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-06-07T00:00"));
        assertThat(friday.precision()).isEqualTo(TimePrecision.DAY);
        // a state is placed where it began, not spread over the years up to the report's own date
        EventTime since = time(aangifte, "Sinds ongeveer 2021");
        assertThat(since.precision()).isEqualTo(TimePrecision.INTERVAL);
        assertThat(since.start().toLocalDate()).hasToString("2021-01-01");
        assertThat(since.end().toLocalDate()).hasToString("2021-12-31");
        // the date of birth in the personalia is not an event: the appearance at the desk is
        assertThat(time(aangifte, "verscheen voor mij")).isEqualTo(at("2024-06-09T10:05", TimePrecision.MINUTE));
        // "… waren op dat moment thuis": the paragraph goes on at the moment narrated last, no more precise than that
        assertThat(time(aangifte, "Hij duwde mij tegen de muur")).isEqualTo(at("2024-06-08T23:40", TimePrecision.APPROXIMATE));
    }

    @Test
    void theAccountIsTheAangeefstersAndTheFormulasTheVerbalisants() {
        assertThat(passage(aangifte, "Ik doe aangifte van mishandeling").speaker()).isEqualTo("aangeefster");
        assertThat(passage(aangifte, "Om 23.50 uur is hij weggegaan").speaker()).isEqualTo("aangeefster");
        assertThat(passage(aangifte, "Ik, verbalisant").speaker()).isEqualTo("verbalisant");
        assertThat(passage(aangifte, "verscheen voor mij").speaker()).isEqualTo("verbalisant");
        assertThat(passage(aangifte, "Waarvan door mij is opgemaakt").speaker()).isEqualTo("verbalisant");
    }

    @Test
    void aPvVanBevindingenIsTheOfficersOwnObservationExceptWhatTheyQuote() throws IOException {
        SourceResult.Read pv = read(ReportPdf.write("pv-bevindingen.txt", dir), "application/pdf");

        assertThat(pv.kind()).isEqualTo(SourceKind.PROCES_VERBAAL_BEVINDINGEN);
        assertThat(passage(pv, "Ter plaatse zagen wij").speaker()).isEqualTo("verbalisant");
        assertThat(passage(pv, "Aangeefster verklaarde ter plaatse").speaker()).isEqualTo("aangeefster");
        assertThat(time(pv, "via de meldkamer")).isEqualTo(at("2024-06-08T23:52", TimePrecision.APPROXIMATE));
        assertThat(pv.metadata()).containsEntry("report.date", "2024-06-09");
    }

    @Test
    void inAVerhoorQuestionsAreTheVerbalisantsAndAnswersTheSuspects() throws IOException {
        SourceResult.Read pv = read(ReportPdf.write("pv-verhoor-verdachte.txt", dir), "application/pdf");

        assertThat(pv.kind()).isEqualTo(SourceKind.PROCES_VERBAAL_VERHOOR);
        Map<String, List<String>> bySpeaker = pv.passages().stream()
                .filter(p -> p.text().matches("(?s)^[VA]:.*"))
                .collect(Collectors.groupingBy(Passage::speaker,
                        Collectors.mapping(p -> p.text().substring(0, 1), Collectors.toList())));
        assertThat(bySpeaker).containsOnlyKeys("verbalisant", "verdachte");
        assertThat(bySpeaker.get("verbalisant")).containsOnly("V");
        assertThat(bySpeaker.get("verdachte")).containsOnly("A");
        assertThat(time(pv, "V: Waar was u")).isEqualTo(at("2024-06-08T23:30", TimePrecision.APPROXIMATE));
        assertThat(pv.metadata()).containsEntry("report.date", "2024-06-10")
                .containsEntry("report.pvNumbers", "PL1700-2024056789-4");
    }

    @Test
    void aVeiligThuisFileKeepsItsCaseNumberAndWhoToldWhat() throws IOException {
        SourceResult.Read vt = read(ReportPdf.write("veilig-thuis-rapport.txt", dir), "application/pdf");

        assertThat(vt.kind()).isEqualTo(SourceKind.VEILIG_THUIS);
        assertThat(vt.metadata()).containsEntry("report.date", "2024-06-12")
                .containsEntry("report.dateSource", "kop")
                .containsEntry("report.veiligThuisNumbers", "VT-RR-2024-0173")
                .containsEntry("report.pvNumbers", "PL1700-2024056789-2");
        assertThat(passage(vt, "Moeder vertelt").speaker()).isEqualTo("moeder");
        assertThat(passage(vt, "Vader ontkent").speaker()).isEqualTo("vader");
        assertThat(passage(vt, "School meldt").speaker()).isEqualTo("school");
        assertThat(passage(vt, "Conclusie").speaker()).isNull();
        // "afgelopen zaterdag" written on Wednesday 12 June 2024
        assertThat(time(vt, "Moeder vertelt").start().toLocalDate()).hasToString("2024-06-08");
        EventTime earlyMay = time(vt, "School meldt");
        assertThat(earlyMay.precision()).isEqualTo(TimePrecision.INTERVAL);
        assertThat(earlyMay.start().toLocalDate()).hasToString("2024-05-01");
        assertThat(earlyMay.end().toLocalDate()).hasToString("2024-05-10");
    }

    @Test
    void withoutAReportDateOnlyExpressionsNamingTheirYearAreDated() throws IOException {
        Path pdf = ReportPdf.writeText("notitie.pdf", """
                Notitie

                Gisteravond belde hij weer. Op 8 juni 2024 om 23.40 uur stond hij voor de deur.

                Afgelopen vrijdag zag ik hem bij school.
                """, dir);

        SourceResult.Read note = read(pdf, "application/pdf");

        assertThat(note.metadata()).doesNotContainKey("report.date");
        assertThat(time(note, "Gisteravond belde hij")).isEqualTo(at("2024-06-08T23:40", TimePrecision.MINUTE));
        assertThat(time(note, "Afgelopen vrijdag")).isNull();
        assertThat(note.kind()).isEqualTo(SourceKind.OTHER);
    }

    @Test
    void aDocxReportHasNumberedParagraphsWithoutPages() throws IOException {
        Path docx = dir.resolve("aangifte.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (List<String> page : ReportPdf.pages(ReportPdf.read("pv-aangifte.txt"))) {
                for (String paragraph : page) {
                    doc.createParagraph().createRun().setText(paragraph.replace('\n', ' '));
                }
            }
            doc.write(out);
        }

        SourceResult.Read read = read(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        assertThat(read.kind()).isEqualTo(SourceKind.PROCES_VERBAAL_AANGIFTE);
        assertThat(read.passages()).allSatisfy(p -> assertThat(p.locator().page()).isZero());
        assertThat(passage(read, "Om 23.50 uur").locator().code()).startsWith("a");
        assertThat(time(read, "Om 23.50 uur")).isEqualTo(at("2024-06-08T23:50", TimePrecision.MINUTE));
        assertThat(read.metadata()).containsEntry("report.date", "2024-06-09");
    }

    @Test
    void anOdtReportIsReadParagraphByParagraph() throws IOException {
        Path odt = dir.resolve("bevindingen.odt");
        StringBuilder body = new StringBuilder();
        for (List<String> page : ReportPdf.pages(ReportPdf.read("pv-bevindingen.txt"))) {
            for (String paragraph : page) {
                body.append("<text:p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")
                        .replace("\n", " ")).append("</text:p>");
            }
        }
        writeOdt(odt, body.toString());

        SourceResult.Read read = read(odt, "application/vnd.oasis.opendocument.text");

        assertThat(read.kind()).isEqualTo(SourceKind.PROCES_VERBAAL_BEVINDINGEN);
        assertThat(passage(read, "Aangeefster verklaarde").speaker()).isEqualTo("aangeefster");
        assertThat(time(read, "via de meldkamer")).isEqualTo(at("2024-06-08T23:52", TimePrecision.APPROXIMATE));
    }

    /** The smallest OpenDocument text Tika accepts: a stored mimetype entry and content.xml. */
    private static void writeOdt(Path file, String paragraphs) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:text>" + paragraphs + "</office:text></office:body></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    // ---------------------------------------------------------------- helpers

    static SourceResult.Read read(Path file, String mediaType) throws IOException {
        Evidence evidence = new Evidence("E-0001", "0".repeat(64), Files.size(file), file.toString(),
                file.getFileName().toString(), mediaType, null, null, null, Instant.parse("2024-07-01T10:00:00Z"), "test");
        SourceResult result = new DocumentSource().read(new SourceInput(file, evidence, mediaType, null),
                SourceContext.defaults());
        assertThat(result).isInstanceOf(SourceResult.Read.class);
        return (SourceResult.Read) result;
    }

    private static Passage passage(SourceResult.Read read, String startOrContains) {
        List<Passage> found = read.passages().stream().filter(p -> p.text().contains(startOrContains)).toList();
        assertThat(found).as("passages containing '%s'", startOrContains).hasSize(1);
        return found.get(0);
    }

    private static EventTime time(SourceResult.Read read, String text) {
        return passage(read, text).time();
    }

    private static EventTime at(String localDateTime, TimePrecision precision) {
        return EventTime.at(LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Europe/Amsterdam")), precision);
    }
}
