package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.ExportResult;
import nl.patroon.templates.export.TimelineExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF export read back with PDFBox: what a reader of the file (or a tool on it) can get out of it. */
class PdfExportTest {
    static final Timeline CASE = CaseFixture.standard().build();
    static final TimelineExporter EXPORTER = new TimelineExporter();

    static ExportResult pdf(Audience audience) {
        return EXPORTER.export(CASE, ExportFormat.PDF,
                CaseFixture.options(audience));
    }

    @Test
    void the_court_version_holds_the_confirmed_entries_with_diacritics_and_links_to_exhibits() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(Audience.RECHTBANK).bytes())) {
            String text = text(pdf);
            assertThat(text.replaceAll("\\s+", "")).as("hashes and paths, wrapped in narrow columns")
                    .contains(CaseFixture.CHAT_SHA, "telefoon/WhatsAppChatmetAnna.txt", "pv/aangifte.pdf");
            assertThat(text).contains("Parketnummer 10/123456-24", "Inhoud", "Samenvatting", "Bewijsstukkenlijst",
                    "Ik maak je af", "kneep hij mijn keel dicht", "Één keer", "naïef", "coördinatie", "café",
                    CaseFixture.VICTIM_STREET, CaseFixture.VICTIM_PHONE, "\uD83D\uDE21");
            assertThat(text).as("no absolute path of the investigator's disk").doesNotContain("/home/rechercheur");
            assertThat(text).as("an open suggestion is not in a court export").doesNotContain("van niemand anders");
            assertThat(text.replaceAll("\\s+", " ")).as("an emoji the font lacks is labelled")
                    .contains("[emoji: SERIOUS FACE WITH SYMBOLS COVERING MOUTH]");
            assertThat(text).contains(CaseFixture.HOSTILE.substring(0, 30));
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            assertThat(linksToExhibits(pdf)).as("links from entries to the exhibit list").isGreaterThanOrEqualTo(5);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Tijdlijn 10/123456-24 — Zaak Jansen");
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
                    .contains("pdfaid:part>2<", "pdfaid:conformance>B<");
        }
    }

    @Test
    void the_defence_version_holds_nothing_that_was_redacted_in_text_metadata_or_bookmarks() throws Exception {
        ExportResult result = pdf(Audience.VERDEDIGING);
        try (PDDocument pdf = Loader.loadPDF(result.bytes())) {
            String text = text(pdf);
            StringBuilder everything = new StringBuilder(text);
            everything.append(pdf.getDocumentInformation().getCOSObject().toString());
            pdf.getDocumentInformation().getMetadataKeys()
                    .forEach(k -> everything.append(' ').append(pdf.getDocumentInformation().getCustomMetadataValue(k)));
            everything.append(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"));
            bookmarks(pdf).forEach(b -> everything.append('\n').append(b));
            String all = everything.toString();
            for (String secret : List.of(CaseFixture.VICTIM_PHONE, "12345678", CaseFixture.VICTIM_EMAIL,
                    CaseFixture.VICTIM_STREET, "Kerkhoflaan", CaseFixture.SCHOOL, "Regenboog", CaseFixture.SHELTER,
                    "2611 AB")) {
                assertThat(all).as("'" + secret + "' redacted").doesNotContainIgnoringCase(secret);
            }
            assertThat(text).contains("[adres slachtoffer]", "[school kind]", "[telefoonnummer]", "[e-mailadres]",
                    "[opvang]", "[postcode]", "Weglatingsoverzicht", "Ik maak je af");
            assertThat(result.redactions()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.label()).startsWith("[").endsWith("]"));
            assertThat(bookmarks(pdf)).contains("Titelblad", "Inhoud", "Samenvatting", "Tijdlijn", "2024-06",
                    "Bewijsstukkenlijst", "Weglatingsoverzicht");
        }
        // the raw file too: nothing hides in an uncompressed stream or an annotation
        String raw = new String(result.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(CaseFixture.VICTIM_EMAIL).doesNotContain("Kerkhoflaan");
    }

    @Test
    void every_page_says_pagina_x_van_y_and_y_is_the_page_count() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(Audience.RECHTBANK).bytes())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            Pattern footer = Pattern.compile("pagina (\\d+) van (\\d+)");
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                Matcher m = footer.matcher(stripper.getText(pdf));
                assertThat(m.find()).as("footer on page " + i).isTrue();
                assertThat(Integer.parseInt(m.group(1))).isEqualTo(i);
                assertThat(Integer.parseInt(m.group(2))).isEqualTo(pages);
                if (i > 1) {
                    assertThat(stripper.getText(pdf)).as("running header on page " + i)
                            .contains("Tijdlijn · parketnummer 10/123456-24");
                }
            }
        }
    }

    @Test
    void the_working_version_shows_open_suggestions_and_is_watermarked_on_every_page() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(Audience.WERKVERSIE).bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            assertThat(stripper.getText(pdf)).contains("van niemand anders", "suggestie, niet beoordeeld");
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertThat(stripper.getText(pdf)).as("watermark on page " + i).contains("WERKVERSIE");
            }
        }
    }

    static String text(PDDocument pdf) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    static List<String> bookmarks(PDDocument pdf) {
        List<String> out = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            collect(item, out);
        }
        return out;
    }

    private static void collect(PDOutlineItem item, List<String> out) {
        out.add(item.getTitle());
        for (PDOutlineItem child : item.children()) {
            collect(child, out);
        }
    }

    private static int linksToExhibits(PDDocument pdf) throws Exception {
        int n = 0;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link
                        && (link.getAction() instanceof PDActionGoTo || link.getDestination() != null)) {
                    n++;
                }
            }
        }
        return n;
    }
}
