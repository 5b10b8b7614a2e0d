package nl.patroon.indexer.casedb;

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
    }
}
