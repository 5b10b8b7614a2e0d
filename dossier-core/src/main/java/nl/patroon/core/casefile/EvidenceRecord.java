package nl.patroon.core.casefile;

import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestState;

/** An evidence item with its state ({@link IngestState#PENDING} until its read ends), as kept in {@code case.db}. */
public record EvidenceRecord(Evidence evidence, IngestState status, String reason, int passages) {
}
