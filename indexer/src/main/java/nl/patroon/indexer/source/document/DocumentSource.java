package nl.patroon.indexer.source.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.extract.ExtractionException;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The generic reader for documents (PDF, DOCX, ODT, HTML, RTF, plain text, images with OCR, …) through
 * Tika: one passage per paragraph, with its page where the format has pages. Reports get more: their kind
 * (aangifte, bevindingen, verhoor, Veilig Thuis, medical), their own date and registration numbers as
 * metadata, each paragraph's narrated event time and who speaks in it. Accepts anything, so it runs last.
 */
public final class DocumentSource implements Source {
    /** Upper bound on extracted characters per item: protects memory against hostile input. */
    static final long MAX_CHARS = 50_000_000L;
    /** Largest text that gets report analysis (about 1,000 pages). */
    static final long MAX_REPORT_CHARS = 2_000_000L;
    /** Paragraphs read to recognise the kind: the heading and first page. */
    private static final int HEAD_PARAGRAPHS = 12;

    static final String KEY_REPORT_DATE = "report.date";
    static final String KEY_REPORT_DATE_SOURCE = "report.dateSource";
    /** Passages left undated although they hold a relative time ("twee weken later"), with why. */
    static final String KEY_UNDATED = "report.undated";

    private final TikaExtraction tika;

    /** For the service loader: Tika as installed on this machine. */
    public DocumentSource() {
        this(TikaExtraction.get());
    }

    /** With a given extraction, e.g. {@link TikaExtraction#withoutTesseract()}. */
    public DocumentSource(TikaExtraction tika) {
        this.tika = tika;
    }

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
        // Each parse attempt (a retry with a supplied password) gets a fresh collector; keep the last one.
        ParagraphCollector[] collector = {null};
        Metadata tikaMetadata;
        try {
            // The type the ingest detected from these very bytes and this name: Tika's parser need not detect it
            // again (1.3-3 ms a file). Unknown types are left to the parser's own detection.
            String detected = input.mediaType() == null || input.mediaType().equals("application/octet-stream")
                    ? null : input.mediaType();
            tikaMetadata = tika.parse(input.file(), input.evidence().originalName(),
                    () -> collector[0] = new ParagraphCollector(MAX_CHARS), context.ocr(), detected, context.passwords());
        } catch (ExtractionException e) {
            return e.kind() == ExtractionException.Kind.EMPTY
                    ? new SourceResult.Skipped(e.getMessage())
                    : new SourceResult.Failed(e.getMessage());
        }
        List<ParagraphCollector.Paragraph> paragraphs = collector[0].paragraphs();
        if (paragraphs.isEmpty()) {
            return new SourceResult.Skipped(noTextReason(input, context));
        }
        List<String> texts = paragraphs.stream().map(ParagraphCollector.Paragraph::text).toList();
        SourceKind kind = ReportKind.of(String.join("\n", texts.subList(0, Math.min(HEAD_PARAGRAPHS, texts.size()))));
        if (kind == SourceKind.OTHER && input.mediaType().startsWith("image/")) {
            kind = SourceKind.SCREENSHOT;
        }
        ZoneId zone = context.zone();
        long chars = texts.stream().mapToLong(String::length).sum();
        // Report analysis (dates, speakers, numbers) reads the text many times over; it is meant for reports,
        // and no proces-verbaal or Veilig Thuis file comes near this size. A larger text is still indexed whole.
        boolean analyse = chars <= MAX_REPORT_CHARS;
        String all = analyse ? String.join("\n", texts) : "";
        Optional<ReportDate> reportDate = (analyse ? ReportDate.in(all, zone) : Optional.<ReportDate>empty())
                .or(() -> fromMetadata(tikaMetadata, zone));
        List<List<NarrativeTimes.Piece>> pieces = !analyse ? null : kind == SourceKind.SCREENSHOT
                ? screenshotPieces(texts, zone)
                : NarrativeTimes.perParagraph(texts, reportDate.map(ReportDate::date).orElse(null), zone);
        List<String> speakers = analyse ? Speakers.of(kind, texts) : java.util.Collections.nCopies(texts.size(), null);

        List<Passage> passages = new ArrayList<>(paragraphs.size());
        List<String> undated = new ArrayList<>();
        int lastPage = -1;
        int paragraphInPage = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphCollector.Paragraph p = paragraphs.get(i);
            paragraphInPage = p.page() == lastPage ? paragraphInPage + 1 : 1;
            lastPage = p.page();
            Locator locator = p.page() > 0 ? Locator.onPage(p.page(), paragraphInPage) : Locator.paragraph(paragraphInPage);
            if (pieces == null) {
                passages.add(new Passage(input.evidence().id(), locator, null, null, null, "nl", false, p.text(),
                        speakers.get(i)));
                continue;
            }
            // a paragraph narrating several days: one passage per event, each cited from its first sentence
            for (NarrativeTimes.Piece piece : pieces.get(i)) {
                Locator at = locator.fromSentence(piece.sentence());
                passages.add(new Passage(input.evidence().id(), at, piece.time(), null, null, "nl", false,
                        piece.sentence() == 0 ? p.text() : piece.text(), speakers.get(i)));
                if (piece.note() != null && piece.time() == null) {
                    undated.add(at.code() + ": " + piece.note());
                }
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (!undated.isEmpty()) {
            metadata.put(KEY_UNDATED, String.join("; ", undated.subList(0, Math.min(20, undated.size())))
                    + (undated.size() > 20 ? "; … (" + (undated.size() - 20) + " meer)" : ""));
        }
        reportDate.ifPresent(d -> {
            metadata.put(KEY_REPORT_DATE, d.date().toString());
            metadata.put(KEY_REPORT_DATE_SOURCE, d.source());
        });
        if (analyse) {
            metadata.putAll(RegistrationNumbers.in(all, kind == SourceKind.VEILIG_THUIS).asMetadata());
        } else {
            metadata.put("report.analysis", "niet uitgevoerd: tekst van " + chars + " tekens is geen rapport");
        }
        if (collector[0].truncated()) {
            metadata.put("truncated", "tekst afgekapt na " + MAX_CHARS + " tekens");
        }
        return new SourceResult.Read(kind, passages, metadata);
    }

    /** A chat screenshot is no narration: each block has the time its bubble shows, on the day its header names. */
    private static List<List<NarrativeTimes.Piece>> screenshotPieces(List<String> texts, ZoneId zone) {
        List<nl.patroon.core.passage.EventTime> times = ScreenshotTimes.perParagraph(texts, zone);
        List<List<NarrativeTimes.Piece>> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(List.of(new NarrativeTimes.Piece(0, texts.get(i), times.get(i), null)));
        }
        return out;
    }

    /** The creation date the producing software wrote into the file: weaker than the text, better than nothing. */
    private static Optional<ReportDate> fromMetadata(Metadata metadata, ZoneId zone) {
        String created = metadata.get(TikaCoreProperties.CREATED);
        if (created == null) {
            return Optional.empty();
        }
        try {
            LocalDate d = ZonedDateTime.parse(created).withZoneSameInstant(zone).toLocalDate();
            return Optional.of(new ReportDate(d, "metadata"));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(new ReportDate(LocalDate.parse(created.substring(0, Math.min(10, created.length()))),
                        "metadata"));
            } catch (DateTimeParseException ignored) {
                return Optional.empty(); // unreadable metadata date: the report date stays unknown
            }
        }
    }

    private String noTextReason(SourceInput input, SourceContext context) {
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
