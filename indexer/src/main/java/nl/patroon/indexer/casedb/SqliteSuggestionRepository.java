package nl.patroon.indexer.casedb;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.json.Json;
import nl.patroon.core.port.SuggestionRepository;
import nl.patroon.core.taxonomy.Category;

/** The {@code suggestion} table; ids S-0001, S-0002, … in the order suggestions were stored. */
final class SqliteSuggestionRepository implements SuggestionRepository {
    private final SqliteCaseStore db;

    SqliteSuggestionRepository(SqliteCaseStore db) {
        this.db = db;
    }

    @Override
    public List<Suggestion> replaceOpenSuggestions(String evidenceId, List<Suggestion> fresh) {
        synchronized (db) {
            List<Suggestion> stored = new ArrayList<>();
            try {
                try (PreparedStatement d = db.connection().prepareStatement(
                        "DELETE FROM suggestion WHERE evidence_id=? AND state='OPEN'")) {
                    d.setString(1, evidenceId);
                    d.executeUpdate();
                }
                try (PreparedStatement p = db.connection().prepareStatement("""
                        INSERT INTO suggestion(seq, id, passage_id, evidence_id, category, rule_id, start_offset,
                          end_offset, matched, explanation_nl, explanation_en, confidence, state, review_reason,
                          attributes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    long seq = db.nextSeq("suggestion");
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
                        p.setString(15, Json.mapper().writeValueAsString(s.attributes()));
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
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: suggesties opslaan mislukt", e);
            }
        }
    }

    @Override
    public List<Suggestion> all() {
        synchronized (db) {
            List<Suggestion> out = new ArrayList<>();
            try (Statement s = db.connection().createStatement();
                 ResultSet r = s.executeQuery("""
                         SELECT id, passage_id, category, rule_id, start_offset, end_offset, matched, explanation_nl,
                                explanation_en, confidence, state, review_reason, attributes
                         FROM suggestion ORDER BY seq""")) {
                while (r.next()) {
                    String attributes = r.getString(13);
                    out.add(new Suggestion(r.getString(1), r.getString(2), Category.valueOf(r.getString(3)),
                            r.getString(4), r.getInt(5), r.getInt(6), r.getString(7), r.getString(8),
                            r.getString(9), Confidence.valueOf(r.getString(10)), ReviewState.valueOf(r.getString(11)),
                            r.getString(12), attributes == null ? null
                                    : Json.mapper().readValue(attributes, DetectionAttributes.class)));
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: suggesties lezen mislukt", e);
            }
        }
    }
}
