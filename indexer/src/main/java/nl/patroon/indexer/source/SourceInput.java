package nl.patroon.indexer.source;

import java.nio.file.Path;
import java.util.Objects;
import nl.patroon.core.evidence.Evidence;

/**
 * One stored original handed to a {@link Source}.
 *
 * @param file      the read-only stored original (never the investigator's copy)
 * @param evidence  its custody record; passages carry its id
 * @param mediaType media type detected from content and name (e.g. {@code application/pdf})
 * @param head      the first bytes of the file (up to 8 KiB), for cheap sniffing in {@link Source#accepts}
 */
public record SourceInput(Path file, Evidence evidence, String mediaType, byte[] head) {
    public SourceInput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(evidence, "evidence");
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        head = head == null ? new byte[0] : head;
    }

    /** The original file name as the investigator had it, lower-cased, for extension checks. */
    public String lowerName() {
        String n = evidence.originalName();
        return n == null ? "" : n.toLowerCase(java.util.Locale.ROOT);
    }

    /** The head decoded as UTF-8 (lossy), for text sniffing. */
    public String headText() {
        return new String(head, java.nio.charset.StandardCharsets.UTF_8);
    }
}
