package nl.patroon.indexer.casedb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.json.Json;
import nl.patroon.core.port.EvidenceRepository;

/** The {@code evidence} table: one row per original, its custody record and end state; metadata as sorted JSON. */
final class SqliteEvidenceRepository implements EvidenceRepository {
    private static final TypeReference<TreeMap<String, String>> METADATA = new TypeReference<>() { };
    private final SqliteCaseStore db;

    SqliteEvidenceRepository(SqliteCaseStore db) {
        this.db = db;
    }

    @Override
    public Evidence reserveEvidence(NewEvidence n) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("""
                    INSERT INTO evidence(seq, id, sha256, size, original_path, original_name, media_type, parent_id,
                      original_modified, ingested_at, ingested_by, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")) {
                long seq = db.nextSeq("evidence");
                String id = String.format("E-%04d", seq);
                p.setLong(1, seq);
                p.setString(2, id);
                p.setString(3, n.sha256());
                p.setLong(4, n.size());
                p.setString(5, n.originalPath());
                p.setString(6, n.originalName());
                p.setString(7, n.mediaType());
                p.setString(8, n.parentId());
                p.setString(9, n.originalModified() == null ? null : n.originalModified().toString());
                p.setString(10, n.ingestedAt().toString());
                p.setString(11, n.ingestedBy());
                p.executeUpdate();
                return new Evidence(id, n.sha256(), n.size(), n.originalPath(), n.originalName(), n.mediaType(),
                        null, n.parentId(), n.originalModified(), n.ingestedAt(), n.ingestedBy());
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: bewijsstuk vastleggen mislukt", e);
            }
        }
    }

    @Override
    public Optional<EvidenceRecord> evidenceBySha(String sha256) {
        return queryEvidence("WHERE sha256=?", sha256).stream().findFirst();
    }

    @Override
    public Optional<EvidenceRecord> evidenceById(String id) {
        return queryEvidence("WHERE id=?", id).stream().findFirst();
    }

    @Override
    public List<EvidenceRecord> all() {
        return queryEvidence("", null);
    }

    @Override
    public void completeEvidence(String id, IngestState status, String reason, int passages, SourceKind kind,
                                 String mediaType) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement(
                    "UPDATE evidence SET status=?, reason=?, passages=?, source_kind=?, media_type=? WHERE id=?")) {
                p.setString(1, status.name());
                p.setString(2, reason);
                p.setInt(3, passages);
                p.setString(4, kind == null ? null : kind.name());
                p.setString(5, mediaType);
                p.setString(6, id);
                if (p.executeUpdate() != 1) {
                    throw new CaseStorageException("case.db: onbekend bewijsstuk " + id, null);
                }
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: status bijwerken mislukt", e);
            }
        }
    }

    @Override
    public void putEvidenceMetadata(String id, Map<String, String> metadata) {
        synchronized (db) {
            TreeMap<String, String> merged = new TreeMap<>();
            try (PreparedStatement q = db.connection().prepareStatement("SELECT metadata FROM evidence WHERE id=?")) {
                q.setString(1, id);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && r.getString(1) != null) {
                        merged.putAll(Json.mapper().readValue(r.getString(1), METADATA));
                    }
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: metadata lezen mislukt", e);
            }
            if (metadata != null) {
                merged.putAll(metadata);
            }
            try (PreparedStatement p = db.connection().prepareStatement("UPDATE evidence SET metadata=? WHERE id=?")) {
                p.setString(1, merged.isEmpty() ? null : Json.mapper().writeValueAsString(merged));
                p.setString(2, id);
                p.executeUpdate();
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: metadata opslaan mislukt", e);
            }
        }
    }

    @Override
    public Map<String, Map<String, String>> evidenceMetadata() {
        synchronized (db) {
            Map<String, Map<String, String>> out = new TreeMap<>();
            try (Statement s = db.connection().createStatement();
                 ResultSet r = s.executeQuery(
                         "SELECT id, metadata FROM evidence WHERE metadata IS NOT NULL ORDER BY seq")) {
                while (r.next()) {
                    out.put(r.getString(1), Json.mapper().readValue(r.getString(2), METADATA));
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: metadata lezen mislukt", e);
            }
        }
    }

    private List<EvidenceRecord> queryEvidence(String where, String arg) {
        synchronized (db) {
            List<EvidenceRecord> out = new ArrayList<>();
            try (PreparedStatement p = db.connection().prepareStatement("""
                    SELECT id, sha256, size, original_path, original_name, media_type, source_kind, parent_id,
                           original_modified, ingested_at, ingested_by, status, reason, passages
                    FROM evidence\s""" + where + " ORDER BY seq")) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Evidence e = new Evidence(r.getString(1), r.getString(2), r.getLong(3), r.getString(4),
                                r.getString(5), r.getString(6),
                                r.getString(7) == null ? null : SourceKind.valueOf(r.getString(7)), r.getString(8),
                                r.getString(9) == null ? null : Instant.parse(r.getString(9)),
                                Instant.parse(r.getString(10)), r.getString(11));
                        out.add(new EvidenceRecord(e, IngestState.valueOf(r.getString(12)), r.getString(13),
                                r.getInt(14)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: bewijsstukken lezen mislukt", e);
            }
        }
    }
}
