package nl.patroon.indexer.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.patroon.core.json.Json;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.source.SourceResult;

/**
 * The child process that does the risky part of an ingest: running a {@link Source} (Tika, PDFBox, POI …)
 * over one stored original. Protocol: one {@link ParseRequest} per line on stdin; per request, passage lines
 * and one end line ({@link ParseReply}) on stdout. A hang, an OutOfMemoryError or a native crash ends this
 * process only; the ingest notices and carries on.
 */
public final class ParseWorker {
    /** Printed once the worker is warmed up, so start-up time never counts against a file's time-out. */
    static final String READY = "{\"ready\":true}";

    private ParseWorker() {
    }

    public static void main(String[] args) throws Exception {
        OutputStream raw = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        // Libraries that print to System.out must never corrupt the protocol.
        System.setOut(System.err);
        ObjectMapper json = Json.mapper();
        Map<String, Source> sources = SourceRegistry.discover().sources().stream()
                .collect(Collectors.toMap(Source::name, Function.identity(), (a, b) -> a));
        TikaExtraction.get();
        writeLine(raw, READY);
        raw.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            ParseRequest req = json.readValue(line, ParseRequest.class);
            SourceResult result = read(req, Optional.ofNullable(sources.get(req.source())));
            if (result instanceof SourceResult.Read read) {
                for (Passage p : read.passages()) {
                    writeLine(raw, json.writeValueAsString(ParseReply.passage(p)));
                }
            }
            writeLine(raw, json.writeValueAsString(ParseReply.endOf(result)));
            raw.flush();
        }
    }

    static SourceResult read(ParseRequest req, Optional<Source> source) {
        if (ParseRequest.ATTACHMENTS.equals(req.source())) {
            return splitAttachments(req);
        }
        if (source.isEmpty()) {
            return new SourceResult.Failed("geen lezer '" + req.source() + "' in het werkproces");
        }
        try {
            Path file = Path.of(req.file());
            SourceInput input = new SourceInput(file, req.evidence(), req.mediaType(), head(file));
            return source.get().read(input, new SourceContext(ZoneId.of(req.zone()), req.ocr(), req.passwords()));
        } catch (Exception | StackOverflowError e) {
            return new SourceResult.Failed("lezen mislukt (" + source.get().name() + "): "
                    + TikaExtraction.rootMessage(e));
        }
    }

    /**
     * Writes each attachment of the e-mail to {@code partsDir} as {@code 1}, {@code 2}, … and names them in the
     * result's metadata under the same keys. Here rather than in the ingest process because Outlook's format is read
     * by POI, which holds every attachment in memory: one message with a huge attachment must cost this worker, not
     * the batch. An e-mail that cannot be read is {@code Skipped}: its own read says what is wrong with it.
     */
    static SourceResult splitAttachments(ParseRequest req) {
        Path dir = Path.of(req.partsDir());
        Map<String, String> names = new java.util.HashMap<>();
        try {
            TikaExtraction.get().eachAttachment(Path.of(req.file()), req.evidence().originalName(), req.mediaType(),
                    (name, bytes) -> {
                        String key = Integer.toString(names.size() + 1);
                        Files.copy(bytes, dir.resolve(key));
                        names.put(key, name);
                    });
        } catch (nl.patroon.indexer.extract.ExtractionException e) {
            return new SourceResult.Skipped(e.getMessage());
        } catch (Exception | StackOverflowError e) {
            return new SourceResult.Failed("bijlagen uitpakken mislukt: " + TikaExtraction.rootMessage(e));
        }
        return new SourceResult.Read(nl.patroon.core.evidence.SourceKind.EMAIL, java.util.List.of(), names);
    }

    static byte[] head(Path file) throws java.io.IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    private static void writeLine(OutputStream out, String line) throws java.io.IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
