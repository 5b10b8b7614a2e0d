package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.redaction.Audience;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.TimelineExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML export printed by Chromium (its own print to PDF, without the browser's header and footer, which
 * would print the file's local path): A4 pages, each with the parketnummer in the running header and
 * "pagina X van Y" at the foot, read back with PDFBox.
 */
class HtmlPrintTest {
    @TempDir
    Path tmp;

    @Test
    void printed_from_chromium_every_a4_page_has_the_running_header_and_its_page_number() throws Exception {
        assumeTrue(Files.isExecutable(HeadlessBrowserTest.CHROMIUM),
                "Chromium ontbreekt (apt-get install -y chromium): printtest overgeslagen");
        Path html = tmp.resolve("tijdlijn.html");
        Files.write(html, new TimelineExporter().export(CaseFixture.standard().build(), ExportFormat.HTML,
                CaseFixture.options(Audience.RECHTBANK)).bytes());
        Path pdf = tmp.resolve("afdruk.pdf");
        Process p = new ProcessBuilder(List.of(HeadlessBrowserTest.CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"), "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            Pattern footer = Pattern.compile("pagina (\\d+) van (\\d+)");
            for (int i = 1; i <= pages; i++) {
                PDRectangle box = doc.getPage(i - 1).getMediaBox();
                assertThat(Math.round(box.getWidth())).as("A4 width, page " + i).isEqualTo(595);
                assertThat(Math.round(box.getHeight())).as("A4 height, page " + i).isEqualTo(842);
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc);
                assertThat(text).as("running header, page " + i).contains("Tijdlijn parketnummer 10/123456-24");
                Matcher m = footer.matcher(text);
                assertThat(m.find()).as("page number, page " + i).isTrue();
                assertThat(m.group(1)).isEqualTo(String.valueOf(i));
                assertThat(m.group(2)).isEqualTo(String.valueOf(pages));
                assertThat(text).doesNotContain(tmp.toString());
            }
        }
    }
}
