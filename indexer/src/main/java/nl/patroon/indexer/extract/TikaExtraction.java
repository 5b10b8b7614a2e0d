package nl.patroon.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The one place that drives Tika: type detection and parsing with Patroon's settings (embedded documents
 * are not parsed inline, since they become child evidence of their own; OCR only when asked for and
 * available). Thread-safe.
 */
public final class TikaExtraction {
    /** The command that makes OCR available on Debian, shown to users when it is missing. */
    public static final String OCR_INSTALL = "apt-get install -y tesseract-ocr tesseract-ocr-nld";
    /** Outlook's .msg: an OLE file, not MIME, so its attachments are Tika's (POI) to find. */
    public static final String OUTLOOK = "application/vnd.ms-outlook";

    private static final TikaExtraction INSTANCE = new TikaExtraction();
    /**
     * Tika's streaming (SAX) reader for DOCX instead of its DOM reader, which Tika documents as lighter on memory
     * for large documents; measured over 100 corpus DOCX: 21.1 → 18.8 ms each, with the same paragraphs and
     * detections. {@code -Dpatroon.docx.dom=true} goes back to the DOM reader.
     */
    static final boolean SAX_DOCX = !Boolean.getBoolean("patroon.docx.dom");
    private final TikaConfig config;
    /**
     * Tika's default detectors, over its media types with one costly rule guarded ({@link LeanMimeTypes}). Made on
     * first use: parse workers never detect (they are given the type), and building it reads Tika's type definitions
     * once more.
     */
    private Detector detector;
    private final AutoDetectParser parser;
    private final boolean tesseractInstalled;

    private TikaExtraction(boolean tesseractInstalled) {
        this.config = TikaConfig.getDefaultConfig();
        this.parser = new TypeMapCachingParser(config);
        this.tesseractInstalled = tesseractInstalled;
    }

    private TikaExtraction() {
        this(onPath("tesseract"));
    }

    public static TikaExtraction get() {
        return INSTANCE;
    }

    /**
     * An extraction that behaves as if Tesseract were not installed, so the "OCR not available" path can be
     * tested (and OCR switched off for a run) without uninstalling anything.
     */
    public static TikaExtraction withoutTesseract() {
        return new TikaExtraction(false);
    }

    public boolean ocrAvailable() {
        return tesseractInstalled;
    }

    /** Media type from content and file name, e.g. {@code application/pdf}. Never throws. */
    public String detect(Path file, String originalName) {
        Metadata m = new Metadata();
        if (originalName != null) {
            m.set(TikaCoreProperties.RESOURCE_NAME_KEY, originalName);
        }
        Detector byContent = detector(); // outside the try: a broken Tika must not read as "unknown type"
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = byContent.detect(in, m);
            return type.getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private synchronized Detector detector() {
        if (detector == null) {
            detector = new DefaultDetector(LeanMimeTypes.of(config.getMimeRepository()));
        }
        return detector;
    }

    /**
     * Parses the file into the handler. Returns the metadata Tika found.
     *
     * @throws ExtractionException with a user-facing Dutch reason (encrypted, corrupt, empty)
     */
    public Metadata parse(Path file, String originalName, ContentHandler handler, boolean ocr)
            throws ExtractionException {
        return parse(file, originalName, handler, ocr, null);
    }

    /**
     * As {@link #parse(Path, String, ContentHandler, boolean)}, with the media type fixed instead of detected
     * (a single e-mail saved with an mbox "From " line is detected as an mailbox, but is one message).
     */
    public Metadata parse(Path file, String originalName, ContentHandler handler, boolean ocr, String mediaType)
            throws ExtractionException {
        return parse(file, originalName, () -> handler, ocr, mediaType, java.util.List.of());
    }

    /**
     * Parses, and when the item turns out to be encrypted tries the supplied passwords one by one (each try
     * with a fresh handler from {@code handlers}). Passwords never appear in a reason or a log line.
     */
    public Metadata parse(Path file, String originalName, java.util.function.Supplier<ContentHandler> handlers,
                          boolean ocr, String mediaType, java.util.List<String> passwords) throws ExtractionException {
        try {
            return parseOnce(file, originalName, handlers.get(), ocr, mediaType, null);
        } catch (ExtractionException e) {
            if (e.kind() != ExtractionException.Kind.ENCRYPTED || passwords.isEmpty()) {
                throw e;
            }
            for (String password : passwords) {
                try {
                    return parseOnce(file, originalName, handlers.get(), ocr, mediaType, password);
                } catch (ExtractionException again) {
                    if (again.kind() != ExtractionException.Kind.ENCRYPTED) {
                        throw again;
                    }
                }
            }
            throw new ExtractionException(ExtractionException.Kind.ENCRYPTED, "versleuteld, wachtwoord nodig"
                    + " (geen van de " + passwords.size() + " opgegeven wachtwoorden past)", null);
        }
    }

    /** The container (mailbox, e-mail) owns an embedded part's stream: reading one part must not close it. */
    private static InputStream unclosable(InputStream stream) {
        return new java.io.FilterInputStream(stream) {
            @Override
            public void close() {
                // left open for the container
            }
        };
    }

    /** Receives each attachment of an e-mail: its file name (may be null) and its bytes. */
    public interface AttachmentSink {
        void attachment(String name, InputStream bytes) throws IOException;
    }

    /**
     * Hands over the attachments of one e-mail (.eml, .msg) as streams, without parsing them: they become
     * evidence of their own, read by their own source. Inline parts without a file name are skipped. A MIME e-mail is
     * walked by {@link MailAttachments}, which streams each part and parses no body; an Outlook message by Tika.
     *
     * @throws ExtractionException when the e-mail cannot be read (its own read will say why)
     * @throws IOException         when the sink fails: not the e-mail's fault, so not swallowed as unreadable
     */
    public void eachAttachment(Path file, String originalName, String mediaType, AttachmentSink sink)
            throws ExtractionException, IOException {
        if (!mayNameAPart(file, mediaType)) {
            return;
        }
        if (OUTLOOK.equals(mediaType)) {
            parseOutlook(file, originalName, new org.xml.sax.helpers.DefaultHandler(), sink);
            return;
        }
        try {
            MailAttachments.each(file, sink::attachment);
        } catch (org.apache.james.mime4j.MimeException e) {
            throw corrupt(e);
        }
    }

    /**
     * Whether a MIME e-mail can have a named attachment at all: a part is named only by a {@code name} parameter
     * of its Content-Type or a {@code filename} parameter of its Content-Disposition (RFC 2045, 2183, 2231), and part
     * headers are never transfer-encoded, so an e-mail whose bytes never spell "name", in any case, has none. Most
     * e-mails have no attachment; this one pass over the bytes spares them a full MIME parse. Outlook messages are
     * not MIME: always true.
     */
    static boolean mayNameAPart(Path file, String mediaType) {
        if (OUTLOOK.equals(mediaType)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int carry = 0;
            for (int n; (n = in.read(buf, carry, buf.length - carry)) > 0; ) {
                int end = carry + n;
                for (int i = 0; i + 4 <= end; i++) {
                    if ((buf[i] | 0x20) == 'n' && (buf[i + 1] | 0x20) == 'a' && (buf[i + 2] | 0x20) == 'm'
                            && (buf[i + 3] | 0x20) == 'e') {
                        return true;
                    }
                }
                carry = Math.min(3, end);
                System.arraycopy(buf, end - carry, buf, 0, carry);
            }
            return false;
        } catch (IOException e) {
            return true; // let the parse itself say what is wrong
        }
    }

    /**
     * Parses an Outlook message once for both its text (into {@code body}) and its named attachments (to
     * {@code attachments}, in message order, unparsed): POI reads the whole message either way, so reading the text
     * and splitting off the attachments in two parses read it twice. Returns the metadata Tika found.
     *
     * @throws ExtractionException when the message cannot be read; also when the sink fails, which Tika's parser
     *                             reports as a broken message (a caller that must tell the two apart watches its sink)
     */
    public Metadata parseOutlook(Path file, String originalName, ContentHandler body, AttachmentSink attachments)
            throws ExtractionException {
        return forEachEmbedded(file, originalName, null, body, (metadata, stream) -> {
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            if (name != null && !name.isBlank()) {
                attachments.attachment(name, stream);
            }
        });
    }

    /** Receives each message of a mailbox, in mailbox order: its metadata (headers) and its body text. */
    public interface MessageSink {
        void message(Metadata metadata, String body);
    }

    /**
     * Reads a mailbox (mbox, Outlook PST) message by message: Tika's container parser hands each message over as
     * an embedded document, which is parsed on its own (its attachments are not inlined). Bodies are bounded.
     */
    public void parseMailbox(Path file, String originalName, MessageSink sink) throws ExtractionException {
        forEachEmbedded(file, originalName, null, (metadata, stream) -> {
            org.apache.tika.sax.BodyContentHandler body = new org.apache.tika.sax.BodyContentHandler(10_000_000);
            ParseContext inner = new ParseContext();
            inner.set(Parser.class, parser);
            inner.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
            try {
                parser.parse(stream, body, metadata, inner);
            } catch (TikaException | SAXException | IOException | RuntimeException e) {
                // One unreadable message does not cost the mailbox its other messages; its headers still count.
            }
            sink.message(metadata, body.toString());
        });
    }

    /** One embedded part of a container: its metadata and its bytes (the container owns the stream). */
    private interface EmbeddedPart {
        void accept(Metadata metadata, InputStream stream) throws IOException;
    }

    /** Parses a container (e-mail, mailbox) only to hand over each embedded part, in order. */
    private Metadata forEachEmbedded(Path file, String originalName, String mediaType, EmbeddedPart part)
            throws ExtractionException {
        return forEachEmbedded(file, originalName, mediaType, new org.xml.sax.helpers.DefaultHandler(), part);
    }

    /** As above, with the container's own text parsed into {@code handler}. */
    private Metadata forEachEmbedded(Path file, String originalName, String mediaType, ContentHandler handler,
                                     EmbeddedPart part) throws ExtractionException {
        EmbeddedDocumentExtractor each = new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return true;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
                    throws IOException {
                part.accept(metadata, unclosable(stream));
            }
        };
        return parseOnce(file, originalName, handler, false, mediaType, null, each);
    }

    private Metadata parseOnce(Path file, String originalName, ContentHandler handler, boolean ocr, String mediaType,
                               String password) throws ExtractionException {
        return parseOnce(file, originalName, handler, ocr, mediaType, password, new SkipEmbedded());
    }

    private Metadata parseOnce(Path file, String originalName, ContentHandler handler, boolean ocr, String mediaType,
                               String password, EmbeddedDocumentExtractor embedded) throws ExtractionException {
        Metadata metadata = new Metadata();
        if (mediaType != null) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        }
        if (originalName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, originalName);
        }
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        if (password != null) {
            context.set(org.apache.tika.parser.PasswordProvider.class, m -> password);
        }
        context.set(EmbeddedDocumentExtractor.class, embedded);
        TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
        ocrConfig.setSkipOcr(!(ocr && tesseractInstalled));
        ocrConfig.setLanguage("nld+eng");
        context.set(TesseractOCRConfig.class, ocrConfig);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(ocr && tesseractInstalled
                ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        if (SAX_DOCX) {
            OfficeParserConfig office = new OfficeParserConfig();
            office.setUseSAXDocxExtractor(true);
            context.set(OfficeParserConfig.class, office);
        }
        try (InputStream in = open(file, mediaType)) {
            parser.parse(in, handler, metadata, context);
            return metadata;
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(ExtractionException.Kind.EMPTY, "leeg bestand (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Kind.ENCRYPTED, "versleuteld, wachtwoord nodig", e);
        } catch (TikaException | SAXException | IOException e) {
            if (isEncrypted(e)) {
                throw new ExtractionException(ExtractionException.Kind.ENCRYPTED, "versleuteld, wachtwoord nodig", e);
            }
            throw corrupt(e);
        }
    }

    private static ExtractionException corrupt(Exception e) {
        return new ExtractionException(ExtractionException.Kind.CORRUPT, "beschadigd of onleesbaar: " + rootMessage(e), e);
    }

    /** E-mails this large are read through {@link MailTextView}; tests lower it to read every e-mail so. */
    static volatile long mailViewThreshold = MailTextView.THRESHOLD;

    /** The bytes Tika reads: the file, or for a large MIME e-mail the file without its attachments' bodies. */
    private static InputStream open(Path file, String mediaType) throws IOException {
        if ("message/rfc822".equals(mediaType)) {
            InputStream view = MailTextView.open(file, mailViewThreshold);
            if (view != null) {
                return TikaInputStream.get(view);
            }
        }
        return TikaInputStream.get(file);
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || name.contains("password") || name.contains("encrypt")
                    || msg.contains("password") || msg.contains("encrypted")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's message, on one line and bounded, for reports. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
