package nl.patroon.indexer.casedb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.port.IngestJournal;

/** The {@code ingest_journal} table; an open run is a meta key {@code openRun:<inputs hash>} holding its id. */
final class SqliteIngestJournal implements IngestJournal {
    /** Prefix of the meta key an ingest run holds while it is open; still there after a crash. */
    static final String OPEN_INGEST = "openRun:";
    private final SqliteCaseStore db;
    private final SqliteCaseMeta meta;

    SqliteIngestJournal(SqliteCaseStore db, SqliteCaseMeta meta) {
        this.db = db;
        this.meta = meta;
    }

    @Override
    public void journal(String runId, int seq, IngestOutcome o) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("""
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
    }

    @Override
    public Map<String, IngestOutcome> journalOf(String runId) {
        synchronized (db) {
            Map<String, IngestOutcome> out = new LinkedHashMap<>();
            try (PreparedStatement p = db.connection().prepareStatement("""
                    SELECT path, sha256, state, reason, evidence_id, passages FROM ingest_journal
                    WHERE run_id=? ORDER BY seq""")) {
                p.setString(1, runId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new IngestOutcome(r.getString(1), r.getString(2),
                                IngestState.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getInt(6)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: journaal lezen mislukt", e);
            }
        }
    }

    @Override
    public Optional<String> openRun(String inputsKey) {
        return meta.meta(OPEN_INGEST + inputsKey);
    }

    @Override
    public void markRunOpen(String inputsKey, String runId) {
        meta.putMeta(OPEN_INGEST + inputsKey, runId);
    }

    @Override
    public void markRunClosed(String inputsKey) {
        meta.removeMeta(OPEN_INGEST + inputsKey);
    }

    @Override
    public boolean anyRunOpen() {
        return meta.hasMetaStartingWith(OPEN_INGEST);
    }
}
