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
            WorkerOutcome outcome = read(req, Optional.ofNullable(sources.get(req.source())));
            if (outcome instanceof WorkerOutcome.Answered a && a.result() instanceof SourceResult.Read read) {
                for (Passage p : read.passages()) {
                    writeLine(raw, json.writeValueAsString(ParseReply.passage(p)));
                }
            }
            writeLine(raw, json.writeValueAsString(ParseReply.endOf(outcome)));
            raw.flush();
        }
    }

    static WorkerOutcome read(ParseRequest req, Optional<Source> source) {
        if (source.isEmpty()) {
            return new WorkerOutcome.Answered(new SourceResult.Failed("geen lezer '" + req.source() + "' in het werkproces"));
        }
        try {
            Path file = Path.of(req.file());
            SourceInput input = new SourceInput(file, req.evidence(), req.mediaType(), head(file));
            SourceContext context = new SourceContext(ZoneId.of(req.zone()), req.ocr(), req.passwords());
            if (req.partsDir() != null) {
                return source.get().splitsParts(input)
                        ? readWithParts(source.get(), input, context, Path.of(req.partsDir()))
                        // never silently without the attachments asked for: the ingest reports them as not split
                        : new WorkerOutcome.PartsNotSplit("lezer '" + req.source() + "' splitst geen bijlagen af");
            }
            return new WorkerOutcome.Answered(source.get().read(input, context));
        } catch (Exception | StackOverflowError e) {
            return new WorkerOutcome.Answered(new SourceResult.Failed("lezen mislukt (" + source.get().name() + "): "
                    + TikaExtraction.rootMessage(e)));
        }
    }

    /**
     * Reads an item (an Outlook message) and, from the same parse, writes each of its parts to {@code dir} as {@code 1},
     * {@code 2}, … with their names in {@link ParseRequest#PART_NAMES}, written only once the whole item was read.
     * Here rather than in the ingest process because POI holds every attachment in memory: one message with a huge
     * attachment must cost this worker, not the batch. A part that cannot be written makes the outcome
     * {@link WorkerOutcome.PartsNotSplit}: the ingest then reports the attachments as failed and reads the message alone.
     */
    static WorkerOutcome readWithParts(Source source, SourceInput input, SourceContext context, Path dir)
            throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        java.io.IOException[] notWritten = {null};
        SourceResult read = source.readWithParts(input, context, (name, bytes) -> {
            try {
                Files.copy(bytes, dir.resolve(Integer.toString(names.size() + 1)));
            } catch (java.io.IOException e) {
                notWritten[0] = e; // the parser reports it as a broken item; it is not the item's fault
                throw e;
            }
            names.add(name);
        });
        if (notWritten[0] != null) {
            return new WorkerOutcome.PartsNotSplit(TikaExtraction.rootMessage(notWritten[0]));
        }
        if (read instanceof SourceResult.Failed) {
            return new WorkerOutcome.Answered(read); // no part is taken out of an unreadable item
        }
        try {
            Json.mapper().writeValue(dir.resolve(ParseRequest.PART_NAMES).toFile(), names);
        } catch (java.io.IOException e) {
            return new WorkerOutcome.PartsNotSplit(TikaExtraction.rootMessage(e));
        }
        return new WorkerOutcome.Answered(read);
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
