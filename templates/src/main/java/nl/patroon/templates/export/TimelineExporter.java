package nl.patroon.templates.export;

import java.util.EnumMap;
import java.util.Map;
import nl.patroon.core.redaction.RedactedTimeline;
import nl.patroon.core.redaction.RedactionPolicy;
import nl.patroon.core.redaction.TimelineRedactor;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.templates.html.HtmlRenderer;
import nl.patroon.templates.json.JsonRenderer;
import nl.patroon.templates.pdf.PdfRenderer;

/**
 * The one entry point for exports: prepares the timeline for the audience (redaction applied to the model, so no
 * format can leak what was removed), builds the export document and renders it.
 *
 * <pre>
 * ExportResult r = new TimelineExporter().export(timeline, ExportFormat.PDF,
 *         ExportOptions.of(Audience.VERDEDIGING).withRedactionList(list));
 * Files.write(target, r.bytes());
 * </pre>
 */
public final class TimelineExporter {
    private final Map<ExportFormat, TimelineRenderer> renderers = new EnumMap<>(ExportFormat.class);

    public TimelineExporter() {
        this(new JsonRenderer(), new HtmlRenderer(), new PdfRenderer());
    }

    public TimelineExporter(TimelineRenderer... renderers) {
        for (TimelineRenderer r : renderers) {
            this.renderers.put(r.format(), r);
        }
    }

    /** The document every format shows for these options. */
    public static ExportDocument document(Timeline timeline, ExportOptions options) {
        RedactionPolicy policy = RedactionPolicy.forAudience(options.audience(), options.redactionList());
        RedactedTimeline prepared = TimelineRedactor.prepare(timeline, options.audience(), policy);
        return ExportDocumentBuilder.build(prepared, options.orders(), options.incidents(), options.analysis(),
                options.articles(), policy);
    }

    public ExportResult export(Timeline timeline, ExportFormat format, ExportOptions options) {
        TimelineRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalArgumentException("Geen renderer voor " + format);
        }
        ExportDocument doc = document(timeline, options);
        if (renderer instanceof PdfRenderer pdf) {
            return new ExportResult(format, pdf.render(doc, options.documentDate()), doc);
        }
        return new ExportResult(format, renderer.render(doc), doc);
    }
}
