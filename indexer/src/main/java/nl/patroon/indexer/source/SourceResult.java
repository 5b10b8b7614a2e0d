package nl.patroon.indexer.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;

/**
 * What a {@link Source} made of an item. Errors are values: a source that cannot read an item says why,
 * and the ingest records it; it does not throw past its boundary.
 */
public sealed interface SourceResult {

    /**
     * Passages read from the item.
     *
     * @param metadata registration numbers, subject, … (kept as evidence metadata)
     */
    record Read(SourceKind kind, List<Passage> passages, Map<String, String> metadata) implements SourceResult {
        public Read {
            Objects.requireNonNull(kind, "kind");
            passages = List.copyOf(passages);
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }

    /** Deliberately not read (no text, OCR not available, …); the reason is shown to the user. */
    record Skipped(String reason) implements SourceResult {
    }

    /** Could not be read (corrupt, encrypted, …); the reason is shown to the user. */
    record Failed(String reason) implements SourceResult {
    }
}
