package nl.patroon.indexer.casedb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The tables of {@code case.db}; existing cases open unchanged, so a change here is a migration. */
final class CaseSchema {
    private CaseSchema() {
    }

    static void create(Statement s, int schemaVersion) throws SQLException {
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
        s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schemaVersion', '" + schemaVersion + "')");
        migrateToDossier(s);
        s.execute("UPDATE meta SET value='" + schemaVersion + "' WHERE key='schemaVersion' AND CAST(value AS INTEGER) < "
                + schemaVersion);
    }

    /**
     * Version 2 (issue 20): a confirmed suggestion names its incident; review actions, incidents and merge
     * proposal decisions get their tables. A version-1 case.db gains them on opening; nothing in it changes.
     */
    private static void migrateToDossier(Statement s) throws SQLException {
        boolean hasIncidentColumn = false;
        try (ResultSet r = s.executeQuery("PRAGMA table_info(suggestion)")) {
            while (r.next()) {
                hasIncidentColumn |= "incident_id".equals(r.getString("name"));
            }
        }
        if (!hasIncidentColumn) {
            s.execute("ALTER TABLE suggestion ADD COLUMN incident_id TEXT");
        }
        s.execute("""
                CREATE TABLE IF NOT EXISTS review_action(
                  seq INTEGER PRIMARY KEY,
                  verb TEXT NOT NULL,
                  user TEXT NOT NULL,
                  at TEXT NOT NULL,
                  selection TEXT NOT NULL,
                  undoes INTEGER NOT NULL DEFAULT 0,
                  changes TEXT NOT NULL)""");
        s.execute("CREATE INDEX IF NOT EXISTS review_action_by_undoes ON review_action(undoes)");
        s.execute("""
                CREATE TABLE IF NOT EXISTS incident(
                  seq INTEGER PRIMARY KEY,
                  id TEXT NOT NULL UNIQUE,
                  body TEXT NOT NULL)""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS incident_snapshot(
                  action_seq INTEGER NOT NULL,
                  incident_id TEXT NOT NULL,
                  before TEXT,
                  after TEXT,
                  PRIMARY KEY(action_seq, incident_id))""");
        s.execute("""
                CREATE TABLE IF NOT EXISTS merge_proposal_decision(
                  id TEXT PRIMARY KEY,
                  accepted INTEGER NOT NULL,
                  user TEXT NOT NULL,
                  at TEXT NOT NULL)""");
    }
}
