package nl.patroon.indexer.source.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.extract.ExtractionException;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/**
 * The generic reader for documents (PDF, DOCX, ODT, HTML, RTF, plain text, images with OCR, …) through
 * Tika: one passage per paragraph, with its page where the format has pages. Accepts anything, so it runs
 * last.
 */
public final class DocumentSource implements Source {
    /** Upper bound on extracted characters per item: protects memory against hostile input. */
    static final long MAX_CHARS = 50_000_000L;

    @Override
    public String name() {
        return "document";
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public boolean accepts(SourceInput input) {
        return true;
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) {
        TikaExtraction tika = TikaExtraction.get();
        ParagraphCollector collector = new ParagraphCollector(MAX_CHARS);
        try {
            tika.parse(input.file(), input.evidence().originalName(), collector, context.ocr());
        } catch (ExtractionException e) {
            return e.kind() == ExtractionException.Kind.EMPTY
                    ? new SourceResult.Skipped(e.getMessage())
                    : new SourceResult.Failed(e.getMessage());
        }
        List<ParagraphCollector.Paragraph> paragraphs = collector.paragraphs();
        if (paragraphs.isEmpty()) {
            return new SourceResult.Skipped(noTextReason(input, tika, context));
        }
        List<Passage> passages = new ArrayList<>(paragraphs.size());
        int lastPage = -1;
        int paragraphInPage = 0;
        for (ParagraphCollector.Paragraph p : paragraphs) {
            paragraphInPage = p.page() == lastPage ? paragraphInPage + 1 : 1;
            lastPage = p.page();
            Locator locator = p.page() > 0 ? Locator.onPage(p.page(), paragraphInPage) : Locator.paragraph(paragraphInPage);
            passages.add(new Passage(input.evidence().id(), locator, null, null, null, "nl", false, p.text()));
        }
        String head = String.join("\n", paragraphs.subList(0, Math.min(12, paragraphs.size())).stream()
                .map(ParagraphCollector.Paragraph::text).toList());
        SourceKind kind = input.mediaType().startsWith("image/") ? SourceKind.SCREENSHOT : ReportKind.of(head);
        Map<String, String> metadata = collector.truncated()
                ? Map.of("truncated", "tekst afgekapt na " + MAX_CHARS + " tekens") : Map.of();
        return new SourceResult.Read(kind, passages, metadata);
    }

    private static String noTextReason(SourceInput input, TikaExtraction tika, SourceContext context) {
        boolean image = input.mediaType().startsWith("image/") || input.mediaType().equals("application/pdf");
        if (image && !tika.ocrAvailable()) {
            return "OCR niet beschikbaar: geen tekst gevonden en Tesseract is niet geïnstalleerd"
                    + " (installeer met: " + TikaExtraction.OCR_INSTALL + ")";
        }
        if (image && !context.ocr()) {
            return "geen tekst gevonden; OCR staat uit";
        }
        return "geen tekst gevonden (" + input.mediaType() + ")";
    }
}
