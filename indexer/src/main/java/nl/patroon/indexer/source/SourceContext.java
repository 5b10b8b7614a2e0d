package nl.patroon.indexer.source;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Options that travel with a read, like Tika's ParseContext.
 *
 * @param zone      the zone in which local times in exports are read (Europe/Amsterdam by default)
 * @param ocr       whether OCR may be attempted on images and scanned PDFs
 * @param passwords passwords an investigator supplied for encrypted items, tried in order; they are secrets:
 *                  never logged, never written to a report or an export ({@link #toString()} hides them)
 */
public record SourceContext(ZoneId zone, boolean ocr, List<String> passwords) {
    public SourceContext {
        Objects.requireNonNull(zone, "zone");
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
    }

    public SourceContext(ZoneId zone, boolean ocr) {
        this(zone, ocr, List.of());
    }

    public static SourceContext defaults() {
        return new SourceContext(ZoneId.of("Europe/Amsterdam"), true);
    }

    public SourceContext withPasswords(List<String> supplied) {
        return new SourceContext(zone, ocr, supplied);
    }

    @Override
    public String toString() {
        return "SourceContext[zone=" + zone + ", ocr=" + ocr + ", passwords=" + passwords.size() + " (verborgen)]";
    }
}
