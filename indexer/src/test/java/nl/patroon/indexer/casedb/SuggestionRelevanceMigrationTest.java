package nl.patroon.indexer.casedb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case.db made before suggestions had a relevance opens, keeps its rows (relevance unknown) and stores new ones. */
class SuggestionRelevanceMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void anOldCaseDatabaseGainsTheColumnAndItsRowsReadAsUnknown() throws Exception {
        Path file = tmp.resolve("case.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("""
                    CREATE TABLE evidence(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL UNIQUE,
                      size INTEGER NOT NULL, original_path TEXT NOT NULL, original_name TEXT, media_type TEXT,
                      source_kind TEXT, parent_id TEXT, original_modified TEXT, ingested_at TEXT NOT NULL,
                      ingested_by TEXT, status TEXT NOT NULL, reason TEXT, passages INTEGER NOT NULL DEFAULT 0,
                      metadata TEXT)""");
            s.execute("""
                    CREATE TABLE suggestion(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, passage_id TEXT NOT NULL,
                      evidence_id TEXT NOT NULL REFERENCES evidence(id), category TEXT NOT NULL, rule_id TEXT NOT NULL,
                      start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, matched TEXT, explanation_nl TEXT,
                      explanation_en TEXT, confidence TEXT NOT NULL, state TEXT NOT NULL, review_reason TEXT,
                      attributes TEXT)""");
            s.execute("INSERT INTO evidence(seq, id, sha256, size, original_path, ingested_at, status) VALUES "
                    + "(1, 'E-0001', 'abc', 1, 'chat.txt', '2025-01-01T00:00:00Z', 'INDEXED')");
            s.execute("INSERT INTO suggestion VALUES (1, 'S-0001', 'E-0001:m1', 'E-0001', 'THREAT_TO_KILL', "
                    + "'kill.afmaken', 0, 13, 'ik maak je af', 'nl', 'en', 'HIGH', 'CONFIRMED', 'gezien', NULL)");
        }

        try (SqliteCaseStore store = SqliteCaseStore.open(file)) {
            Suggestion old = store.suggestions().all().get(0);
            assertThat(old.state().name()).isEqualTo("CONFIRMED");
            assertThat(old.relevance()).isNull();
            assertThat(old.shownAs(false)).isEqualTo(Relevance.BEHAVIOUR);
            assertThat(old.shownAs(true)).isEqualTo(Relevance.ACCOUNT);

            store.inTransaction(() -> store.suggestions().replaceOpenSuggestions("E-0001", List.of(new Suggestion(
                    null, "E-0001:m2", Category.THREAT_TO_KILL, "kill.afmaken", 0, 13, "ik maak je af", "nl", "en",
                    Confidence.LOW, null, null, DetectionAttributes.UNKNOWN, Relevance.OTHER))));
        }
        try (SqliteCaseStore reopened = SqliteCaseStore.open(file)) {
            assertThat(reopened.suggestions().all()).extracting(Suggestion::relevance)
                    .containsExactly(null, Relevance.OTHER);
        }
    }
}
