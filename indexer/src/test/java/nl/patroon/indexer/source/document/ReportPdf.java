package nl.patroon.indexer.source.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders the text fixtures under {@code src/test/resources/reports} to small PDFs, so the tests need no binary
 * files: pages split on a line {@code \f}, paragraphs on blank lines, each paragraph wrapped to the page width
 * and followed by a blank line (which is how Tika's PDF reader recognises paragraph breaks).
 */
final class ReportPdf {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 60f;

    private ReportPdf() {
    }

    /** The pages of a fixture: each a list of paragraphs (lines inside a paragraph are kept). */
    static List<List<String>> pages(String text) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split("(?m)^\\\\f\\s*$")) {
            pages.add(Arrays.stream(page.strip().split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return pages;
    }

    static String read(String fixture) {
        try (InputStream in = ReportPdf.class.getResourceAsStream("/reports/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the fixture as a PDF into {@code dir} and returns its path. */
    static Path write(String fixture, Path dir) throws IOException {
        return writeText(fixture.replaceAll("\\.txt$", ".pdf"), read(fixture), dir);
    }

    /** Writes text in the fixture layout as a PDF named {@code name} into {@code dir}. */
    static Path writeText(String name, String text, Path dir) throws IOException {
        Path out = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDFont font = Files.isReadable(DEJAVU) ? PDType0Font.load(doc, DEJAVU.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> paragraphs : pages(text)) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float width = page.getMediaBox().getWidth() - 2 * MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                    for (String paragraph : paragraphs) {
                        for (String line : paragraph.split("\\n")) {
                            for (String wrapped : wrap(line.strip(), font, width)) {
                                cs.showText(wrapped);
                                cs.newLine();
                            }
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static List<String> wrap(String line, PDFont font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        out.add(current.toString());
        return out;
    }
}
