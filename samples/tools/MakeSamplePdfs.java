import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the sample case's report texts (samples/tools/*.txt) into PDFs with a real text layer.
 *
 * Markup of the .txt files, kept minimal so the prose stays reviewable:
 *   @title ..., @header ..., @footer ...   document title and running header/footer ({page}, {pages})
 *   # text      document heading (bold, large)
 *   ## text     section heading (bold)
 *   | text      a line kept as is (forms, label blocks); consecutive | lines are one paragraph
 *   text        prose; consecutive lines are joined and wrapped
 *   (blank)     paragraph end: rendered as an empty line, because Patroon splits report text into
 *               paragraphs on the vertical gap that Tika/PDFBox see
 *   ---         page break
 *
 * Run from the repository root:
 *   java -cp "$CP" samples/tools/MakeSamplePdfs.java      (CP: pdfbox, fontbox, pdfbox-io, commons-logging)
 */
public class MakeSamplePdfs {
    static final Path TOOLS = Path.of("samples", "tools");
    static final Path OUT = Path.of("samples", "zaak-demo");
    static final String[][] DOCS = {
        {"01-pv-aangifte.txt", "01-pv-aangifte.pdf"},
        {"02-pv-bevindingen.txt", "02-pv-bevindingen.pdf"},
        {"03-veilig-thuis-rapport.txt", "03-veilig-thuis-rapport.pdf"},
    };
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path FONT_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    static final float MARGIN_X = 64f;
    static final float TOP = PDRectangle.A4.getHeight() - 70f;
    static final float BOTTOM = 62f;
    static final float BODY = 10f;
    static final float LEADING = 1.35f;

    /** One rendered line: its font, size, text and indent. Empty text is a paragraph gap. */
    record Line(boolean bold, float size, String text, float indent) {
    }

    public static void main(String[] args) throws IOException {
        for (String[] doc : DOCS) {
            int pages = render(TOOLS.resolve(doc[0]), OUT.resolve(doc[1]));
            System.out.println("wrote " + OUT.resolve(doc[1]) + " (" + pages + " pages)");
        }
    }

    static int render(Path source, Path target) throws IOException {
        List<String> src = Files.readAllLines(source, StandardCharsets.UTF_8);
        String title = "";
        String header = "";
        String footer = "";
        try (PDDocument pdf = new PDDocument()) {
            PDFont regular = PDType0Font.load(pdf, FONT.toFile());
            PDFont bold = PDType0Font.load(pdf, FONT_BOLD.toFile());
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN_X;

            List<List<Line>> pages = new ArrayList<>();
            List<Line> page = new ArrayList<>();
            float y = TOP;
            StringBuilder prose = new StringBuilder();
            List<Line> block = new ArrayList<>();
            for (int i = 0; i <= src.size(); i++) {
                String raw = i < src.size() ? src.get(i) : "";
                if (raw.startsWith("@title ")) {
                    title = raw.substring(7).strip();
                    continue;
                } else if (raw.startsWith("@header ")) {
                    header = raw.substring(8).strip();
                    continue;
                } else if (raw.startsWith("@footer ")) {
                    footer = raw.substring(8).strip();
                    continue;
                }
                boolean blank = raw.isBlank();
                boolean pageBreak = raw.strip().equals("---");
                boolean isProse = !blank && !pageBreak && !raw.startsWith("#") && !raw.startsWith("|");
                if (isProse) {
                    prose.append(prose.length() > 0 ? " " : "").append(raw.strip());
                    continue;
                }
                if (prose.length() > 0) {
                    for (String w : wrap(prose.toString(), regular, BODY, width)) {
                        block.add(new Line(false, BODY, w, 0));
                    }
                    prose.setLength(0);
                }
                if (raw.startsWith("# ")) {
                    block.add(new Line(true, 14f, raw.substring(2).strip(), 0));
                } else if (raw.startsWith("## ")) {
                    block.add(new Line(true, 11f, raw.substring(3).strip(), 0));
                } else if (raw.startsWith("|")) {
                    String kept = raw.length() > 1 ? raw.substring(raw.startsWith("| ") ? 2 : 1) : "";
                    float indent = 0;
                    while (kept.startsWith("  ")) {
                        kept = kept.substring(2);
                        indent += 14f;
                    }
                    for (String w : wrap(kept, regular, BODY, width - indent)) {
                        block.add(new Line(false, BODY, w, indent));
                    }
                }
                if ((blank || pageBreak) && !block.isEmpty()) {
                    // A paragraph never starts in the last two lines of a page (no orphaned first line),
                    // and a heading keeps at least three lines of the text it introduces.
                    boolean headingOnly = block.stream().allMatch(Line::bold);
                    float need = headingOnly ? (block.size() + 4) * BODY * LEADING
                            : Math.min(block.size(), 2) * BODY * LEADING;
                    if (y - need < BOTTOM && !page.isEmpty()) {
                        pages.add(page);
                        page = new ArrayList<>();
                        y = TOP;
                    }
                    for (Line l : block) {
                        float h = l.size() * LEADING;
                        if (y - h < BOTTOM) {
                            pages.add(page);
                            page = new ArrayList<>();
                            y = TOP;
                        }
                        page.add(l);
                        y -= h;
                    }
                    block.clear();
                    if (y - BODY * LEADING >= BOTTOM) {
                        page.add(new Line(false, BODY, "", 0)); // the empty line between paragraphs
                        y -= BODY * LEADING;
                    }
                }
                if (pageBreak && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = TOP;
                }
            }
            if (!page.isEmpty()) {
                pages.add(page);
            }

            for (int p = 0; p < pages.size(); p++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                pdf.addPage(pdPage);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
                    String head = header.replace("{page}", String.valueOf(p + 1)).replace("{pages}", String.valueOf(pages.size()));
                    String foot = footer.replace("{page}", String.valueOf(p + 1)).replace("{pages}", String.valueOf(pages.size()));
                    text(cs, regular, 8f, MARGIN_X, PDRectangle.A4.getHeight() - 48f, head);
                    float yy = TOP;
                    for (Line l : pages.get(p)) {
                        yy -= l.size() * LEADING;
                        if (!l.text().isEmpty()) {
                            text(cs, l.bold() ? bold : regular, l.size(), MARGIN_X + l.indent(), yy, l.text());
                        }
                    }
                    // Drawn last: text extraction without position sorting follows drawing order.
                    text(cs, regular, 8f, MARGIN_X, 40f, foot);
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor("Patroon — fictief testmateriaal");
            info.setCreator("samples/tools/MakeSamplePdfs.java");
            // Fixed dates so that regenerating yields the same metadata.
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"));
            fixed.clear();
            fixed.set(2024, Calendar.JULY, 22, 12, 0, 0);
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            // A fixed document /ID (derived from the source text) instead of PDFBox's time-based one, so
            // regenerating unchanged text yields identical bytes and no spurious diff.
            byte[] digest;
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(source));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(java.util.Arrays.copyOf(digest, 16)));
            id.add(new org.apache.pdfbox.cos.COSString(java.util.Arrays.copyOf(digest, 16)));
            pdf.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
            Files.deleteIfExists(target); // PDFBox warns when overwriting in place
            pdf.save(target.toFile());
            return pages.size();
        }
    }

    static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000f * size > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
