package nl.patroon.core.casefile;

/**
 * Durable processing status of an evidence row. PENDING rows are work that a crash interrupted: a re-run
 * picks them up again (the original is already stored and hashed).
 */
public enum EvidenceStatus {
    PENDING, INDEXED, FAILED, SKIPPED
}
