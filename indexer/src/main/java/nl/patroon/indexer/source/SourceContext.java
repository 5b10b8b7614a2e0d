package nl.patroon.indexer.source;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Options that travel with a read, like Tika's ParseContext.
 *
 * @param zone      the zone in which local times in exports are read (Europe/Amsterdam by default)
 * @param ocr       whether OCR may be attempted on images and scanned PDFs
 */
public record SourceContext(ZoneId zone, boolean ocr) {
    public SourceContext {
        Objects.requireNonNull(zone, "zone");
    }

    public static SourceContext defaults() {
        return new SourceContext(ZoneId.of("Europe/Amsterdam"), true);
    }
}
