package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images and scans without a text layer: OCR through Tika and Tesseract (nld+eng) when it is installed. */
class DocumentSourceOcrTest {
    private static final String[] LINES = {"PROCES-VERBAAL VAN BEVINDINGEN", "",
            "Op zaterdag 8 juni 2024 omstreeks 23.52 uur", "zagen wij rode plekken in haar hals."};

    @TempDir
    Path dir;

    @Test
    void anImageIsReadWithOcrWhenTesseractIsInstalled() throws IOException {
        assumeTrue(TikaExtraction.get().ocrAvailable(), "Tesseract is niet geïnstalleerd: " + TikaExtraction.OCR_INSTALL);
        Path png = dir.resolve("scan.png");
        ImageIO.write(scan(), "png", png.toFile());

        SourceResult result = read(new DocumentSource(), png, "image/png");

        assertThat(result).isInstanceOf(SourceResult.Read.class);
        SourceResult.Read read = (SourceResult.Read) result;
        String text = String.join("\n", read.passages().stream().map(Passage::text).toList());
        assertThat(text).containsIgnoringCase("bevindingen").contains("rode plekken");
        assertThat(read.kind()).isEqualTo(SourceKind.PROCES_VERBAAL_BEVINDINGEN);
    }

    @Test
    void aScannedPdfWithoutTextLayerIsReadWithOcrWhenTesseractIsInstalled() throws IOException {
        assumeTrue(TikaExtraction.get().ocrAvailable(), "Tesseract is niet geïnstalleerd: " + TikaExtraction.OCR_INSTALL);
        Path pdf = scannedPdf();

        SourceResult result = read(new DocumentSource(), pdf, "application/pdf");

        assertThat(result).isInstanceOf(SourceResult.Read.class);
        SourceResult.Read read = (SourceResult.Read) result;
        assertThat(read.passages()).anySatisfy(p -> assertThat(p.text()).contains("rode plekken"));
        assertThat(read.passages()).allSatisfy(p -> assertThat(p.locator().page()).isEqualTo(1));
    }

    @Test
    void withoutTesseractAnImageIsSkippedWithTheInstallCommand() throws IOException {
        Path png = dir.resolve("scan.png");
        ImageIO.write(scan(), "png", png.toFile());

        SourceResult result = read(new DocumentSource(TikaExtraction.withoutTesseract()), png, "image/png");

        assertThat(result).isInstanceOf(SourceResult.Skipped.class);
        assertThat(((SourceResult.Skipped) result).reason()).startsWith("OCR niet beschikbaar")
                .contains("apt-get install -y tesseract-ocr tesseract-ocr-nld");
    }

    @Test
    void withoutTesseractAScannedPdfIsSkippedNotFailed() throws IOException {
        SourceResult result = read(new DocumentSource(TikaExtraction.withoutTesseract()), scannedPdf(), "application/pdf");

        assertThat(result).isInstanceOf(SourceResult.Skipped.class);
        assertThat(((SourceResult.Skipped) result).reason()).contains(TikaExtraction.OCR_INSTALL);
    }

    private static BufferedImage scan() {
        return nl.patroon.indexer.fixtures.EvidenceFiles.textImage(1400, LINES);
    }

    private Path scannedPdf() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float w = page.getMediaBox().getWidth() - 80;
                cs.drawImage(image, 40, page.getMediaBox().getHeight() - 40 - w * 360 / 1400, w, w * 360 / 1400);
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static SourceResult read(DocumentSource source, Path file, String mediaType) throws IOException {
        Evidence evidence = new Evidence("E-0002", "0".repeat(64), Files.size(file), file.toString(),
                file.getFileName().toString(), mediaType, null, null, null, Instant.now(), "test");
        return source.read(new SourceInput(file, evidence, mediaType, null), SourceContext.defaults());
    }
}
