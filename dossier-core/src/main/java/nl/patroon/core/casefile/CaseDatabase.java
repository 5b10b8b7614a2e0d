package nl.patroon.core.casefile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.taxonomy.Category;

/**
 * {@code case.db}: the relational state of a case that grows or changes often (evidence and custody
 * records, the ingest journal, suggestions and their review). SQLite transactions make a crash harmless and
 * a review action O(1). All access goes through this class; it serialises callers on one connection.
 */
public final class CaseDatabase implements AutoCloseable {
    private static final int SCHEMA_VERSION = 1;
    private final Connection connection;

    private CaseDatabase(Connection connection) {
        this.connection = connection;
    }

    public static CaseDatabase open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS evidence(
                          seq INTEGER PRIMARY KEY,
                          id TEXT NOT NULL UNIQUE,
                          sha256 TEXT NOT NULL UNIQUE,
                          size INTEGER NOT NULL,
                          original_path TEXT NOT NULL,
                          original_name TEXT,
                          media_type TEXT,
                          source_kind TEXT,
                          parent_id TEXT REFERENCES evidence(id),
                          original_modified TEXT,
                          ingested_at TEXT NOT NULL,
                          ingested_by TEXT,
                          status TEXT NOT NULL,
                          reason TEXT,
                          passages INTEGER NOT NULL DEFAULT 0,
                          metadata TEXT)""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS ingest_journal(
                          run_id TEXT NOT NULL,
                          seq INTEGER NOT NULL,
                          path TEXT NOT NULL,
                          sha256 TEXT,
                          state TEXT NOT NULL,
                          reason TEXT,
                          evidence_id TEXT,
                          passages INTEGER NOT NULL DEFAULT 0,
                          PRIMARY KEY(run_id, seq))""");
                s.execute("""
                        CREATE TABLE IF NOT EXISTS suggestion(
                          seq INTEGER PRIMARY KEY,
                          id TEXT NOT NULL UNIQUE,
                          passage_id TEXT NOT NULL,
                          evidence_id TEXT NOT NULL REFERENCES evidence(id),
                          category TEXT NOT NULL,
                          rule_id TEXT NOT NULL,
                          start_offset INTEGER NOT NULL,
                          end_offset INTEGER NOT NULL,
                          matched TEXT,
                          explanation_nl TEXT,
                          explanation_en TEXT,
                          confidence TEXT NOT NULL,
                          state TEXT NOT NULL,
                          review_reason TEXT,
                          attributes TEXT)""");
                s.execute("CREATE INDEX IF NOT EXISTS suggestion_by_evidence ON suggestion(evidence_id)");
                s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schemaVersion', '" + SCHEMA_VERSION + "')");
            }
            return new CaseDatabase(c);
        } catch (SQLException e) {
            throw new CaseStorageException("case.db kan niet worden geopend: " + file, e);
        }
    }

    // ---- meta ---------------------------------------------------------------------------------------

    /**
     * Prefix of the meta key an ingest run holds while it is open (followed by a hash of its inputs; the value is the
     * run id). Removed when the run ends; still there after a crash, so the same command resumes the run.
     */
    public static final String OPEN_INGEST = "openRun:";

    public synchronized Optional<String> meta(String key) {
        try (PreparedStatement p = connection.prepareStatement("SELECT value FROM meta WHERE key=?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: meta lezen mislukt", e);
        }
    }

    /** Whether any meta key starts with {@code prefix} (e.g. an ingest run still open: {@code openRun:}). */
    public synchronized boolean hasMetaStartingWith(String prefix) {
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM meta WHERE substr(key, 1, ?) = ? LIMIT 1")) {
            p.setInt(1, prefix.length());
            p.setString(2, prefix);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: meta lezen mislukt", e);
        }
    }

    public synchronized void putMeta(String key, String value) {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: meta schrijven mislukt", e);
        }
    }

    public synchronized void removeMeta(String key) {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM meta WHERE key=?")) {
            p.setString(1, key);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: meta wissen mislukt", e);
        }
    }

    // ---- evidence -----------------------------------------------------------------------------------

    /** A new evidence item before it has an id; {@link #reserveEvidence} gives it one. */
    public record NewEvidence(String sha256, long size, String originalPath, String originalName,
                              String mediaType, String parentId, Instant originalModified, Instant ingestedAt,
                              String ingestedBy) {
    }

    /**
     * Records a newly stored original as PENDING under the next evidence id (E-0001, E-0002, …), durably,
     * before any parsing starts: after a crash the item is known and is processed again.
     */
    public synchronized Evidence reserveEvidence(NewEvidence n) {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT INTO evidence(seq, id, sha256, size, original_path, original_name, media_type, parent_id,
                  original_modified, ingested_at, ingested_by, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")) {
            long seq = nextSeq("evidence");
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

    public synchronized Optional<EvidenceRecord> evidenceBySha(String sha256) {
        return queryEvidence("WHERE sha256=?", sha256).stream().findFirst();
    }

    public synchronized Optional<EvidenceRecord> evidenceById(String id) {
        return queryEvidence("WHERE id=?", id).stream().findFirst();
    }

    /** All evidence in id order. */
    public synchronized List<EvidenceRecord> evidence() {
        return queryEvidence("", null);
    }

    /** Marks an item's end state; called after its passages are committed to the index. */
    public synchronized void completeEvidence(String id, EvidenceStatus status, String reason, int passages,
                                              SourceKind kind, String mediaType) {
        try (PreparedStatement p = connection.prepareStatement(
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

    /**
     * Adds to what is known about an item besides its passages (its original timestamps at intake; what the
     * source read: report date, proces-verbaalnummer, parketnummer, sender, …), kept as sorted JSON. Keys
     * already present are overwritten, others kept.
     */
    public synchronized void putEvidenceMetadata(String id, java.util.Map<String, String> metadata) {
        java.util.TreeMap<String, String> merged = new java.util.TreeMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT metadata FROM evidence WHERE id=?")) {
            q.setString(1, id);
            try (ResultSet r = q.executeQuery()) {
                if (r.next() && r.getString(1) != null) {
                    merged.putAll(nl.patroon.core.json.Json.mapper().readValue(r.getString(1),
                            new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, String>>() { }));
                }
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CaseStorageException("case.db: metadata lezen mislukt", e);
        }
        if (metadata != null) {
            merged.putAll(metadata);
        }
        try (PreparedStatement p = connection.prepareStatement("UPDATE evidence SET metadata=? WHERE id=?")) {
            p.setString(1, merged.isEmpty() ? null : nl.patroon.core.json.Json.mapper().writeValueAsString(merged));
            p.setString(2, id);
            p.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CaseStorageException("case.db: metadata opslaan mislukt", e);
        }
    }

    /** The metadata of every item that has some, by evidence id. */
    public synchronized java.util.Map<String, java.util.Map<String, String>> evidenceMetadata() {
        java.util.Map<String, java.util.Map<String, String>> out = new java.util.TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, metadata FROM evidence WHERE metadata IS NOT NULL ORDER BY seq")) {
            while (r.next()) {
                out.put(r.getString(1), nl.patroon.core.json.Json.mapper().readValue(r.getString(2),
                        new com.fasterxml.jackson.core.type.TypeReference<java.util.TreeMap<String, String>>() { }));
            }
            return out;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CaseStorageException("case.db: metadata lezen mislukt", e);
        }
    }

    private List<EvidenceRecord> queryEvidence(String where, String arg) {
        List<EvidenceRecord> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("""
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
                    out.add(new EvidenceRecord(e, EvidenceStatus.valueOf(r.getString(12)), r.getString(13),
                            r.getInt(14)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: bewijsstukken lezen mislukt", e);
        }
    }

    // ---- ingest journal -----------------------------------------------------------------------------

    public synchronized void journal(String runId, int seq, IngestOutcome o) {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT OR REPLACE INTO ingest_journal(run_id, seq, path, sha256, state, reason, evidence_id, passages)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            p.setString(1, runId);
            p.setInt(2, seq);
            p.setString(3, o.path());
            p.setString(4, o.sha256());
            p.setString(5, o.state().name());
            p.setString(6, o.reason());
            p.setString(7, o.evidence());
            p.setInt(8, o.passages());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: journaal schrijven mislukt", e);
        }
    }

    /** What one run journalled so far, by path, in the order it happened. */
    public synchronized java.util.Map<String, IngestOutcome> journalOf(String runId) {
        java.util.Map<String, IngestOutcome> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement p = connection.prepareStatement("""
                SELECT path, sha256, state, reason, evidence_id, passages FROM ingest_journal
                WHERE run_id=? ORDER BY seq""")) {
            p.setString(1, runId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new IngestOutcome(r.getString(1), r.getString(2),
                            nl.patroon.core.evidence.IngestState.valueOf(r.getString(3)), r.getString(4),
                            r.getString(5), r.getInt(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: journaal lezen mislukt", e);
        }
    }

    // ---- suggestions --------------------------------------------------------------------------------

    /**
     * Replaces the open suggestions of one evidence item (re-detection after a crash or a rule change) and
     * assigns ids to the new ones. Reviewed suggestions are kept untouched.
     */
    public synchronized List<Suggestion> replaceOpenSuggestions(String evidenceId, List<Suggestion> fresh) {
        List<Suggestion> stored = new ArrayList<>();
        try {
            try (PreparedStatement d = connection.prepareStatement(
                    "DELETE FROM suggestion WHERE evidence_id=? AND state='OPEN'")) {
                d.setString(1, evidenceId);
                d.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT INTO suggestion(seq, id, passage_id, evidence_id, category, rule_id, start_offset,
                      end_offset, matched, explanation_nl, explanation_en, confidence, state, review_reason, attributes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                long seq = nextSeq("suggestion");
                for (Suggestion s : fresh) {
                    String id = String.format("S-%04d", seq);
                    p.setLong(1, seq++);
                    p.setString(2, id);
                    p.setString(3, s.passageId());
                    p.setString(4, evidenceId);
                    p.setString(5, s.category().name());
                    p.setString(6, s.ruleId());
                    p.setInt(7, s.start());
                    p.setInt(8, s.end());
                    p.setString(9, s.matched());
                    p.setString(10, s.explanationNl());
                    p.setString(11, s.explanationEn());
                    p.setString(12, s.confidence().name());
                    p.setString(13, s.state().name());
                    p.setString(14, s.reviewReason());
                    p.setString(15, nl.patroon.core.json.Json.mapper().writeValueAsString(s.attributes()));
                    p.addBatch();
                    stored.add(new Suggestion(id, s.passageId(), s.category(), s.ruleId(), s.start(), s.end(),
                            s.matched(), s.explanationNl(), s.explanationEn(), s.confidence(), s.state(),
                            s.reviewReason(), s.attributes()));
                }
                if (!fresh.isEmpty()) {
                    p.executeBatch();
                }
            }
            return stored;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CaseStorageException("case.db: suggesties opslaan mislukt", e);
        }
    }

    /** All suggestions, in id order. */
    public synchronized List<Suggestion> suggestions() {
        List<Suggestion> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT id, passage_id, category, rule_id, start_offset, end_offset, matched, explanation_nl,
                            explanation_en, confidence, state, review_reason, attributes FROM suggestion ORDER BY seq""")) {
            while (r.next()) {
                String attributes = r.getString(13);
                out.add(new Suggestion(r.getString(1), r.getString(2), Category.valueOf(r.getString(3)),
                        r.getString(4), r.getInt(5), r.getInt(6), r.getString(7), r.getString(8),
                        r.getString(9), Confidence.valueOf(r.getString(10)), ReviewState.valueOf(r.getString(11)),
                        r.getString(12), attributes == null ? null : nl.patroon.core.json.Json.mapper()
                        .readValue(attributes, nl.patroon.core.detect.DetectionAttributes.class)));
            }
            return out;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CaseStorageException("case.db: suggesties lezen mislukt", e);
        }
    }

    // ---- transactions -------------------------------------------------------------------------------

    /** Runs the work in one transaction: all of it lands, or none. */
    public synchronized void inTransaction(Runnable work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: transactie mislukt", e);
        }
    }

    private long nextSeq(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: sluiten mislukt", e);
        }
    }
}
