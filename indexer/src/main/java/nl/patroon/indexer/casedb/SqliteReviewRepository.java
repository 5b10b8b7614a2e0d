package nl.patroon.indexer.casedb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.json.Json;
import nl.patroon.core.port.ReviewRepository;
import nl.patroon.core.review.Decision;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.ReviewVerb;
import nl.patroon.core.review.SuggestionSelector;

/**
 * The {@code review_action} table and the decisions on the {@code suggestion} rows. A suggestion's row is read
 * and written by its unique id; an action is one insert plus one update per suggestion it changes.
 */
final class SqliteReviewRepository implements ReviewRepository {
    private static final int CHUNK = 500;
    private static final TypeReference<List<ReviewAction.Change>> CHANGES = new TypeReference<>() {
    };
    private final SqliteCaseStore db;

    SqliteReviewRepository(SqliteCaseStore db) {
        this.db = db;
    }

    @Override
    public Map<String, Decision> decisions(Collection<String> ids) {
        synchronized (db) {
            Map<String, Decision> out = new HashMap<>();
            try {
                for (List<String> chunk : chunks(ids)) {
                    try (PreparedStatement p = db.connection().prepareStatement(
                            "SELECT id, state, review_reason, incident_id FROM suggestion WHERE id IN ("
                                    + marks(chunk.size()) + ")")) {
                        bind(p, chunk);
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                out.put(r.getString(1), decision(ReviewState.valueOf(r.getString(2)), r.getString(3),
                                        r.getString(4)));
                            }
                        }
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: beoordelingen lezen mislukt", e);
            }
        }
    }

    /** A stored row as a decision; a row confirmed before incidents existed keeps its state under "?". */
    private static Decision decision(ReviewState state, String reason, String incident) {
        return switch (state) {
            case OPEN -> Decision.OPEN;
            case CONFIRMED -> Decision.confirmed(incident == null ? "?" : incident);
            case REJECTED -> Decision.rejected(reason == null ? "?" : reason);
            case SET_ASIDE -> Decision.setAside(reason);
        };
    }

    @Override
    public List<Suggestion> select(SuggestionSelector sel) {
        StringBuilder sql = new StringBuilder("SELECT " + SqliteSuggestionRepository.COLUMNS
                + " FROM suggestion WHERE state=?");
        List<String> args = new ArrayList<>(List.of(sel.state().name()));
        if (sel.rule() != null) {
            sql.append(" AND rule_id=?");
            args.add(sel.rule());
        }
        if (sel.category() != null) {
            sql.append(" AND category=?");
            args.add(sel.category().name());
        }
        if (sel.conversation() != null) {
            sql.append(" AND evidence_id=?");
            args.add(sel.conversation());
        }
        return query(sql.append(" ORDER BY seq").toString(), args);
    }

    @Override
    public List<Suggestion> suggestions(Collection<String> ids) {
        List<Suggestion> out = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            out.addAll(query("SELECT " + SqliteSuggestionRepository.COLUMNS + " FROM suggestion WHERE id IN ("
                    + marks(chunk.size()) + ") ORDER BY seq", chunk));
        }
        out.sort(java.util.Comparator.comparing(Suggestion::id, nl.patroon.core.review.ReviewDesk.SUGGESTION_ORDER));
        return out;
    }

    private List<Suggestion> query(String sql, List<String> args) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement(sql)) {
                bind(p, args);
                List<Suggestion> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(SqliteSuggestionRepository.read(r));
                    }
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: suggesties lezen mislukt", e);
            }
        }
    }

    @Override
    public long nextSeq() {
        synchronized (db) {
            try {
                return db.nextSeq("review_action");
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: beoordelingen lezen mislukt", e);
            }
        }
    }

    @Override
    public void record(ReviewAction a) {
        synchronized (db) {
            try (PreparedStatement ins = db.connection().prepareStatement("""
                    INSERT INTO review_action(seq, verb, user, at, selection, undoes, changes)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement upd = db.connection().prepareStatement(
                         "UPDATE suggestion SET state=?, review_reason=?, incident_id=? WHERE id=?")) {
                ins.setLong(1, a.seq());
                ins.setString(2, a.verb().name());
                ins.setString(3, a.user());
                ins.setString(4, a.at().toString());
                ins.setString(5, a.selection());
                ins.setLong(6, a.undoes());
                ins.setString(7, Json.mapper().writeValueAsString(a.changes()));
                ins.executeUpdate();
                for (ReviewAction.Change c : a.changes()) {
                    upd.setString(1, c.after().state().name());
                    upd.setString(2, c.after().reason());
                    upd.setString(3, c.after().incidentId());
                    upd.setString(4, c.suggestionId());
                    upd.addBatch();
                }
                if (!a.changes().isEmpty()) {
                    upd.executeBatch();
                }
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: beoordeling opslaan mislukt", e);
            }
        }
    }

    @Override
    public Optional<ReviewAction> lastUndoable() {
        List<ReviewAction> one = actions("""
                SELECT seq, verb, user, at, selection, undoes, changes FROM review_action a
                WHERE verb <> 'UNDO' AND NOT EXISTS (SELECT 1 FROM review_action u WHERE u.undoes = a.seq)
                ORDER BY seq DESC LIMIT 1""");
        return one.stream().findFirst();
    }

    @Override
    public List<ReviewAction> history() {
        return actions("SELECT seq, verb, user, at, selection, undoes, changes FROM review_action ORDER BY seq");
    }

    private List<ReviewAction> actions(String sql) {
        synchronized (db) {
            List<ReviewAction> out = new ArrayList<>();
            try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    out.add(new ReviewAction(r.getLong(1), ReviewVerb.valueOf(r.getString(2)), r.getString(3),
                            Instant.parse(r.getString(4)), r.getString(5), r.getLong(6),
                            Json.mapper().readValue(r.getString(7), CHANGES)));
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: beoordelingen lezen mislukt", e);
            }
        }
    }

    static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement p, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setString(i + 1, args.get(i));
        }
    }
}
