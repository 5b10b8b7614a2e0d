package nl.patroon.core.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One original file, or one member of an archive or mailbox, as it entered the case. The original is
 * kept bit-exact under {@code evidence/<sha256>}; this record is its custody entry.
 *
 * @param id           stable, human-friendly id (E-0001)
 * @param sha256       hex SHA-256 of the original bytes
 * @param originalPath the path as the investigator gave it (for archive members: {@code archive.zip!/member})
 * @param parentId     the evidence this one was taken from (archive, e-mail), or null
 * @param ingestedBy   operating-system user who ran the ingest
 */
public record Evidence(
        String id,
        String sha256,
        long size,
        String originalPath,
        String originalName,
        String mediaType,
        SourceKind sourceKind,
        String parentId,
        Instant originalModified,
        Instant ingestedAt,
        String ingestedBy) {

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(originalPath, "originalPath");
    }

    public Evidence withSourceKind(SourceKind kind) {
        return new Evidence(id, sha256, size, originalPath, originalName, mediaType, kind, parentId,
                originalModified, ingestedAt, ingestedBy);
    }
}
