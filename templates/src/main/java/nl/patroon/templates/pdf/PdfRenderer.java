package nl.patroon.templates.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.templates.export.ExportDocument;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.SummaryTemplates;
import nl.patroon.templates.export.TimelineRenderer;
import nl.patroon.templates.json.JsonRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The export as PDF (openhtmltopdf on PDFBox): title page, table of contents with page numbers, bookmarks per
 * section (the summary's findings and the family view too) and month, running header with the parketnummer, "pagina X van Y", links from every entry to its
 * exhibits, DejaVu fonts embedded (every Dutch diacritic; emoji the font lacks become a labelled placeholder),
 * PDF/A-2b. Deterministic: fixed dates and a document id derived from the content ({@link PdfFinisher}).
 */
public final class PdfRenderer implements TimelineRenderer {
    private static final String FONTS = "/nl/patroon/templates/pdf/fonts/";
    private static final FontCoverage COVERAGE = new FontCoverage(FONTS + "DejaVuSans.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final Template template;

    static {
        // openhtmltopdf reports every stylesheet and font it loads on standard error; a command-line export must not
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    public PdfRenderer() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("timeline.pdf.mustache")) {
            this.template = Mustache.compiler()
                    .withEscaper(text -> Escapers.HTML.escape(COVERAGE.printable(text)))
                    .defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                    .withLoader(SummaryTemplates.loader())
                    .compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public byte[] render(ExportDocument document) {
        return render(document, ExportOptions.FIXED_DATE);
    }

    /** As {@link #render(ExportDocument)}, with the date written into the metadata. */
    public byte[] render(ExportDocument doc, Instant documentDate) {
        String xhtml = template.execute(model(doc));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(SRGB);
        builder.withProducer("Patroon");
        font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400);
        font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400);
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            try (pdf) {
                byte[] content = new JsonRenderer().render(doc);
                PdfFinisher.finish(pdf, doc, documentDate, content);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONTS + file), family, weight, FontStyle.NORMAL,
                true);
    }

    private static Map<String, Object> model(ExportDocument doc) {
        boolean internal = "werkversie".equals(doc.audience());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("d", doc);
        model.put("internal", internal);
        model.put("watermarkCss", internal ? "WERKVERSIE \u2014 INTERN" : "");
        model.put("audienceCss", "Voor: " + doc.audienceNl());
        SummaryTemplates.flags(doc, model);
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, List<ExportDocument.Entry>> byMonth = new LinkedHashMap<>();
        for (ExportDocument.Entry e : doc.entries()) {
            byMonth.computeIfAbsent(e.date() == null ? "zonder datum" : e.date().substring(0, 7), k -> new ArrayList<>())
                    .add(e);
        }
        byMonth.forEach((month, entries) -> groups.add(Map.of("month", month,
                "anchor", "maand-" + month.replace(' ', '-'), "entries", entries)));
        model.put("groups", groups);
        model.put("months", groups);
        model.put("chart", chart(doc));
        model.put("legend", legend(doc));
        return model;
    }

    /** Bars in millimetres, one row per month (empty months too), one coloured part per category. */
    private static List<Map<String, Object>> chart(ExportDocument doc) {
        int max = Math.max(1, doc.months().stream().mapToInt(m -> m.counts().stream()
                .mapToInt(ExportDocument.Count::count).sum()).max().orElse(1));
        Map<String, String> colours = colours(doc);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ExportDocument.Month m : doc.months()) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (ExportDocument.Count c : m.counts()) {
                parts.add(Map.of("width", String.format(java.util.Locale.ROOT, "%.1f", 110.0 * c.count() / max),
                        "colour", colours.get(c.category())));
            }
            rows.add(Map.of("month", m.month(), "total", m.total(), "parts", parts));
        }
        return rows;
    }

    private static List<Map<String, Object>> legend(ExportDocument doc) {
        Map<String, String> colours = colours(doc);
        return doc.categories().stream().map(c -> Map.<String, Object>of("label", c.categoryNl(), "total", c.total(),
                "colour", colours.get(c.category()))).toList();
    }

    private static Map<String, String> colours(ExportDocument doc) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> palette = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
                "#000000", "#882255", "#44AA99", "#999933", "#AA4499", "#332288", "#117733", "#88CCEE", "#DDCC77",
                "#661100", "#6699CC", "#AA4466", "#4477AA", "#228833", "#CCBB44", "#EE6677", "#BBBBBB");
        for (int i = 0; i < doc.categories().size(); i++) {
            out.put(doc.categories().get(i).category(), palette.get(i % palette.size()));
        }
        return out;
    }
}
