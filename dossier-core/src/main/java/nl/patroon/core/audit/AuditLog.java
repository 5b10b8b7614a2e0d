package nl.patroon.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.patroon.core.json.Json;

/**
 * The append-only, hash-chained action log of a case: the one place that writes {@code audit.log}.
 * Each line is a JSON {@link AuditEntry} carrying the SHA-256 of the line before it.
 */
public final class AuditLog implements AutoCloseable {
    public static final String GENESIS = "0".repeat(64);
    /** The detail that names a file's SHA-256 digest. */
    public static final String SHA256 = "sha256";
    private static final java.util.regex.Pattern DIGEST = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final Path file;
    private final Clock clock;
    private final String user;
    /** Opened on the first append: a case opened only to read (a search) neither reads nor forces the log. */
    private FileChannel channel;
    private boolean written;
    private long seq;
    private String lastHash;

    private AuditLog(Path file, Clock clock, String user) throws IOException {
        this.file = file;
        this.clock = clock;
        this.user = user;
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
    }

    /** Reads the chain position (line count and last hash) once, when it is first needed. */
    private void position() {
        if (lastHash != null) {
            return;
        }
        try {
            List<String> lines = Files.exists(file) ? readLines(file) : List.of();
            seq = lines.size();
            lastHash = lines.isEmpty() ? GENESIS : Sha256.hex(lines.get(lines.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("audit.log kan niet worden gelezen: " + file, e);
        }
    }

    public static AuditLog open(Path file, Clock clock, String user) {
        try {
            return new AuditLog(file, clock, user);
        } catch (IOException e) {
            throw new UncheckedIOException("audit.log kan niet worden geopend: " + file, e);
        }
    }

    /**
     * Appends one action; details are written with sorted keys. Returns the hash of the new line. A detail named
     * {@code sha256} must be a SHA-256 digest (64 hex digits): a reader of the log (and {@code verify}) takes it for
     * one, so anything else under that name (a provider's name, once) is refused rather than written.
     */
    public synchronized String append(String action, Map<String, ?> details) {
        Object sha256 = details.get(SHA256);
        if (sha256 != null && !DIGEST.matcher(sha256.toString()).matches()) {
            throw new IllegalArgumentException("audit.log: '" + SHA256 + "' van " + action + " is geen SHA-256: " + sha256);
        }
        position();
        AuditEntry entry = new AuditEntry(++seq,
                DateTimeFormatter.ISO_INSTANT.format(clock.instant()), user, action,
                new TreeMap<>(details), lastHash);
        try {
            String line = Json.mapper().writeValueAsString(entry);
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            }
            written = true;
            channel.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            lastHash = Sha256.hex(line);
            return lastHash;
        } catch (IOException e) {
            throw new UncheckedIOException("audit.log kan niet worden geschreven", e);
        }
    }

    /** Forces appended lines to disk (called at commit points, not per line). */
    public synchronized void sync() {
        if (!written) {
            return;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hash of the last line: store it elsewhere to detect truncation or an edited last line. */
    public synchronized String head() {
        position();
        return lastHash;
    }

    public synchronized long size() {
        position();
        return seq;
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            if (written) {
                channel.force(false);
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the chain of the given log. {@code expectedHead} (may be null) is the hash of the last line as
     * recorded elsewhere; it catches an edited or removed last line, which the chain alone cannot.
     */
    public static AuditVerification verify(Path file, String expectedHead) {
        List<AuditVerification.Problem> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.exists(file) ? readLines(file) : List.of();
        } catch (IOException e) {
            return new AuditVerification(0, List.of(new AuditVerification.Problem(0,
                    "audit.log onleesbaar: " + e.getMessage())));
        }
        ObjectMapper mapper = Json.mapper();
        String prevHash = GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            long lineNo = i + 1;
            String line = lines.get(i);
            try {
                AuditEntry e = mapper.readValue(line, AuditEntry.class);
                if (!prevHash.equals(e.prev())) {
                    problems.add(lineNo == 1
                            ? new AuditVerification.Problem(1, "regel 1 is gewijzigd: het begin van de keten klopt niet")
                            : new AuditVerification.Problem(lineNo - 1, "regel " + (lineNo - 1)
                                    + " is gewijzigd (of er is een regel ingevoegd of verwijderd):"
                                    + " de hash die regel " + lineNo + " ervan vastlegt klopt niet"));
                }
                if (e.seq() != lineNo) {
                    problems.add(new AuditVerification.Problem(lineNo,
                            "regel " + lineNo + " heeft volgnummer " + e.seq() + " (verwacht " + lineNo + ")"));
                }
            } catch (JsonProcessingException ex) {
                problems.add(new AuditVerification.Problem(lineNo, "regel " + lineNo + " is geen geldige JSON"));
            }
            prevHash = Sha256.hex(line);
        }
        if (expectedHead != null && !expectedHead.equals(prevHash)) {
            problems.add(new AuditVerification.Problem(lines.size(),
                    "laatste regel (" + lines.size() + ") is gewijzigd of het logboek is ingekort:"
                            + " de vastgelegde eindhash klopt niet"));
        }
        return new AuditVerification(lines.size(), problems);
    }

    private static List<String> readLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    public Path file() {
        return file;
    }
}
