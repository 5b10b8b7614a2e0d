package nl.patroon.core.casefile;

import nl.patroon.core.evidence.Evidence;

/** An evidence item with its processing status, as kept in {@code case.db}. */
public record EvidenceRecord(Evidence evidence, EvidenceStatus status, String reason, int passages) {
}
