package nl.patroon.indexer.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.port.EvidenceRepository;
import nl.patroon.core.evidence.StoredOriginal;

/**
 * The end of intake, in walk order: a stored original is either a duplicate of what the case (or this run) already
 * holds, or gets its evidence id, recorded PENDING before it is read. Ids are assigned in walk order, so the same
 * inputs give the same ids. Confined to the walk thread.
 */
final class Admission {
    /** How a stored original was admitted. */
    sealed interface Admitted {
    }

    /** Already indexed in the case, or met earlier in this run: not read again. */
    record Duplicate(IngestOutcome outcome) implements Admitted {
    }

    /** Its evidence, new or (after a failed, skipped or interrupted read) the one it had. */
    record Admit(Evidence evidence) implements Admitted {
    }

    private final EvidenceRepository db;
    private final Clock clock;
    private final String custodian;
    /** Evidence ids by SHA-256 of what this run met (replayed items included). */
    private final Map<String, String> seenInRun = new HashMap<>();

    /** @param custodian who takes the evidence in (recorded with each new item) */
    Admission(EvidenceRepository db, Clock clock, String custodian) {
        this.db = db;
        this.clock = clock;
        this.custodian = custodian;
    }

    /** An outcome replayed from an interrupted run: later copies of its original are duplicates of it. */
    void replayed(IngestOutcome o) {
        if (o.sha256() != null && o.evidence() != null) {
            seenInRun.putIfAbsent(o.sha256(), o.evidence());
        }
    }

    /**
     * Only what is indexed already is a duplicate. PENDING: a crash interrupted it. FAILED or SKIPPED: it is read
     * again, so that a later run with a password file, more worker memory (--worker-memory) or OCR (Tesseract
     * installed since) can get in what this one could not; it keeps its evidence id.
     *
     * @param custody the original's file-system timestamps (top-level files only), or null
     */
    Admitted admit(StoredOriginal original, String display, String name, Instant modified, String parentId,
                   Map<String, String> custody) {
        Optional<EvidenceRecord> existing = db.evidenceBySha(original.sha256());
        String firstInRun = seenInRun.get(original.sha256());
        if (firstInRun != null || existing.isPresent() && existing.get().status() == IngestState.INDEXED) {
            String of = firstInRun != null ? firstInRun : existing.get().evidence().id();
            String where = existing.map(r -> r.evidence().originalPath()).orElse("eerder in deze run");
            return new Duplicate(new IngestOutcome(display, original.sha256(), IngestState.DUPLICATE,
                    "al aanwezig als " + of + " (" + where + ")", of, 0));
        }
        Evidence evidence = existing.map(EvidenceRecord::evidence).orElseGet(() -> db.reserveEvidence(
                new EvidenceRepository.NewEvidence(original.sha256(), original.size(), display, name, null, parentId,
                        modified, clock.instant(), custodian)));
        if (custody != null && existing.isEmpty()) {
            db.putEvidenceMetadata(evidence.id(), custody);
        }
        seenInRun.put(original.sha256(), evidence.id());
        return new Admit(evidence);
    }
}
