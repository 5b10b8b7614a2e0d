package nl.patroon.indexer.casedb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.review.Decision;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.ReviewDesk;
import nl.patroon.core.review.SuggestionSelector;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews, incidents and orders in a case workspace, and a case.db of the first schema opening unchanged. */
class DossierStoreTest {
    static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    @TempDir
    Path tmp;

    CaseWorkspace newCase() {
        return CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), "t", Clock.systemUTC(),
                "tester", new SqliteCaseStoreProvider());
    }

    static Suggestion suggestion(String passage, Category c, String rule) {
        return new Suggestion(null, passage, c, rule, 0, 4, "woord", "uitleg", "explanation", Confidence.HIGH,
                ReviewState.OPEN, null);
    }

    void seedEvidence(CaseWorkspace ws) throws Exception {
        // suggestions reference an evidence row; the evidence repository's own API needs a stored file, so the
        // rows are written directly here
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.root().resolve("case.db"));
             Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO evidence(seq, id, sha256, size, original_path, ingested_at, status)
                    VALUES (1, 'E-0001', 'aa', 1, 'x', '2026-01-01T00:00:00Z', 'INDEXED'),
                           (2, 'E-0004', 'bb', 1, 'y', '2026-01-01T00:00:00Z', 'INDEXED')""");
        }
    }

    @Test
    void a_review_action_is_stored_applied_and_undone() throws Exception {
        try (CaseWorkspace ws = newCase()) {
            seedEvidence(ws);
            ws.suggestions().replaceOpenSuggestions("E-0004", List.of(
                    suggestion("E-0004:m184", Category.THREAT_TO_KILL, "kill.afmaken"),
                    suggestion("E-0004:m185", Category.MONITORING, "monitor.waar")));
            Map<String, Decision> now = ws.reviews().decisions(List.of("S-0001", "S-0002", "S-9999"));
            assertThat(now).containsOnlyKeys("S-0001", "S-0002");

            ReviewAction a = ReviewDesk.confirm(ws.reviews().nextSeq(), now, List.of("S-0001"), "I-0001", "officier",
                    T, "");
            ws.inTransaction(() -> ws.reviews().record(a));
            ReviewAction b = ReviewDesk.reject(ws.reviews().nextSeq(), ws.reviews().decisions(List.of("S-0002")),
                    List.of("S-0002"), "grap", "officier", T, "");
            ws.inTransaction(() -> ws.reviews().record(b));

            assertThat(ws.reviews().decisions(List.of("S-0001"))).containsEntry("S-0001", Decision.confirmed("I-0001"));
            assertThat(ws.suggestions().all()).extracting(Suggestion::state)
                    .containsExactly(ReviewState.CONFIRMED, ReviewState.REJECTED);
            assertThat(ws.reviews().select(SuggestionSelector.byRule("kill.afmaken"))).isEmpty();

            ReviewAction last = ws.reviews().lastUndoable().orElseThrow();
            assertThat(last).isEqualTo(b);
            ReviewAction undo = ReviewDesk.undo(ws.reviews().nextSeq(), last,
                    ws.reviews().decisions(last.suggestionIds()), "officier", T);
            ws.inTransaction(() -> ws.reviews().record(undo));

            assertThat(ws.reviews().decisions(List.of("S-0002"))).containsEntry("S-0002", Decision.OPEN);
            assertThat(ws.reviews().lastUndoable().orElseThrow().seq()).isEqualTo(1);
            assertThat(ws.reviews().history()).extracting(ReviewAction::seq).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void incidents_and_proposal_decisions_survive_reopening() {
        Incident i = new Incident("I-0001", EventTime.at(ZonedDateTime.of(2024, 6, 8, 23, 40, 0, 0,
                ZoneId.of("Europe/Amsterdam")), TimePrecision.APPROXIMATE), List.of(Category.STRANGULATION),
                Actor.SUSPECT, "Verwurging", List.of(new SupportingPassage("E-0001", "p2.3", "hij kneep",
                SourceOrigin.VICTIM, "", "S-0007")));
        try (CaseWorkspace ws = newCase()) {
            assertThat(ws.incidents().nextId()).isEqualTo("I-0001");
            ws.incidents().save(i);
            ws.incidents().save(i.withCategories(List.of(Category.PHYSICAL_VIOLENCE)));
            ws.incidents().decideProposal("P-0123456789", false, "officier", T);
            assertThat(ws.incidents().nextId()).isEqualTo("I-0002");
        }
        try (CaseWorkspace ws = CaseWorkspace.open(tmp.resolve("zaak"), Clock.systemUTC(), "t",
                new SqliteCaseStoreProvider())) {
            assertThat(ws.incidents().all()).singleElement().satisfies(back -> {
                assertThat(back.categories()).containsExactly(Category.PHYSICAL_VIOLENCE, Category.STRANGULATION);
                assertThat(back.time()).isEqualTo(i.time());
                assertThat(back.supports()).isEqualTo(i.supports());
            });
            assertThat(ws.incidents().refusedProposals()).containsExactly("P-0123456789");
            ws.incidents().delete("I-0001");
            assertThat(ws.incidents().find("I-0001")).isEmpty();
        }
    }

    @Test
    void orders_are_kept_in_case_json() {
        try (CaseWorkspace ws = newCase()) {
            ws.update(ws.caseFile().withOrder(OrderKind.HUISVERBOD, List.of("P-02"), "P-01", LocalDate.of(2024, 6, 9),
                    Optional.of(LocalDate.of(2024, 6, 19)), Optional.of("E-0002"), ""), "order.add", Map.of());
        }
        try (CaseWorkspace ws = CaseWorkspace.open(tmp.resolve("zaak"), Clock.systemUTC(), "t",
                new SqliteCaseStoreProvider())) {
            assertThat(ws.orders().all()).singleElement().satisfies(o -> {
                assertThat(o.id()).isEqualTo("O-0001");
                assertThat(o.to()).contains(LocalDate.of(2024, 6, 19));
                assertThat(o.sourceEvidenceId()).contains("E-0002");
            });
        }
    }

    @Test
    void a_case_db_of_the_first_schema_opens_and_gains_the_dossier_tables() throws Exception {
        Path db = tmp.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("INSERT INTO meta VALUES ('schemaVersion', '1')");
            s.execute("""
                    CREATE TABLE suggestion(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, passage_id TEXT NOT NULL,
                      evidence_id TEXT NOT NULL, category TEXT NOT NULL, rule_id TEXT NOT NULL,
                      start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, matched TEXT, explanation_nl TEXT,
                      explanation_en TEXT, confidence TEXT NOT NULL, state TEXT NOT NULL, review_reason TEXT,
                      attributes TEXT)""");
            s.execute("""
                    INSERT INTO suggestion VALUES (1, 'S-0001', 'E-0001:m1', 'E-0001', 'STALKING', 'r', 0, 1, 'x',
                      'u', 'e', 'HIGH', 'OPEN', NULL, NULL)""");
        }
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            assertThat(store.suggestions().all()).singleElement().extracting(Suggestion::id).isEqualTo("S-0001");
            assertThat(store.reviews().decisions(List.of("S-0001"))).containsEntry("S-0001", Decision.OPEN);
            assertThat(store.incidents().all()).isEmpty();
            assertThat(store.meta().meta("schemaVersion")).contains("2");
        }
    }
}
