package nl.patroon.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;

/** Evidence and its custody record: what came in, its hash, where from, and the state it ended in. */
public interface EvidenceRepository {

    /** A new evidence item before it has an id; {@link #reserveEvidence} gives it one. */
    record NewEvidence(String sha256, long size, String originalPath, String originalName,
                       String mediaType, String parentId, Instant originalModified, Instant ingestedAt,
                       String ingestedBy) {
    }

    /**
     * Records a newly stored original as PENDING under the next evidence id (E-0001, E-0002, …), durably,
     * before any parsing starts: after a crash the item is known and is processed again.
     */
    Evidence reserveEvidence(NewEvidence n);

    Optional<EvidenceRecord> evidenceBySha(String sha256);

    Optional<EvidenceRecord> evidenceById(String id);

    /** All evidence in id order. */
    List<EvidenceRecord> all();

    /** Marks an item's end state; called after its passages are committed to the index. */
    void completeEvidence(String id, IngestState status, String reason, int passages, SourceKind kind,
                          String mediaType);

    /**
     * Adds to what is known about an item besides its passages (its original timestamps at intake; what the
     * source read: report date, proces-verbaalnummer, parketnummer, sender, …). Keys already present are
     * overwritten, others kept.
     */
    void putEvidenceMetadata(String id, Map<String, String> metadata);

    /** The metadata of every item that has some, by evidence id, in id order. */
    Map<String, Map<String, String>> evidenceMetadata();
}
