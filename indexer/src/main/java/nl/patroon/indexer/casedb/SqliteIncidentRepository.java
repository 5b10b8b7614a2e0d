package nl.patroon.indexer.casedb;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.json.Json;
import nl.patroon.core.port.IncidentRepository;

/**
 * The {@code incident} table (one row per incident, its record as JSON: incidents are read and written whole,
 * by id) and {@code merge_proposal_decision}.
 */
final class SqliteIncidentRepository implements IncidentRepository {
    private final SqliteCaseStore db;

    SqliteIncidentRepository(SqliteCaseStore db) {
        this.db = db;
    }

    @Override
    public String nextId() {
        synchronized (db) {
            try {
                return String.format("I-%04d", db.nextSeq("incident"));
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: incidenten lezen mislukt", e);
            }
        }
    }

    @Override
    public void save(Incident incident) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("""
                    INSERT INTO incident(seq, id, body) VALUES (?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET body=excluded.body""")) {
                p.setLong(1, seqOf(incident.id()));
                p.setString(2, incident.id());
                p.setString(3, Json.mapper().writeValueAsString(incident));
                p.executeUpdate();
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: incident opslaan mislukt", e);
            }
        }
    }

    /** I-0012 is row 12, so ids and rows agree and a new id never reuses a deleted one's number by accident. */
    private long seqOf(String id) throws SQLException {
        try {
            return Long.parseLong(id.substring(2));
        } catch (RuntimeException e) {
            return db.nextSeq("incident");
        }
    }

    @Override
    public Optional<Incident> find(String id) {
        List<Incident> one = query("SELECT body FROM incident WHERE id=?", id);
        return one.stream().findFirst();
    }

    @Override
    public List<Incident> all() {
        return query("SELECT body FROM incident ORDER BY seq", null);
    }

    private List<Incident> query(String sql, String arg) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement(sql)) {
                if (arg != null) {
                    p.setString(1, arg);
                }
                List<Incident> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(Json.mapper().readValue(r.getString(1), Incident.class));
                    }
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: incidenten lezen mislukt", e);
            }
        }
    }

    @Override
    public void delete(String id) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("DELETE FROM incident WHERE id=?")) {
                p.setString(1, id);
                p.executeUpdate();
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: incident verwijderen mislukt", e);
            }
        }
    }

    @Override
    public void saveSnapshot(Snapshot snap) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("""
                    INSERT OR REPLACE INTO incident_snapshot(action_seq, incident_id, before, after)
                    VALUES (?, ?, ?, ?)""")) {
                p.setLong(1, snap.actionSeq());
                p.setString(2, snap.incidentId());
                p.setString(3, snap.before() == null ? null : Json.mapper().writeValueAsString(snap.before()));
                p.setString(4, snap.after() == null ? null : Json.mapper().writeValueAsString(snap.after()));
                p.executeUpdate();
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: incident opslaan mislukt", e);
            }
        }
    }

    @Override
    public List<Snapshot> snapshots(long actionSeq) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement(
                    "SELECT incident_id, before, after FROM incident_snapshot WHERE action_seq=? ORDER BY incident_id")) {
                p.setLong(1, actionSeq);
                List<Snapshot> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Snapshot(actionSeq, r.getString(1), incident(r.getString(2)),
                                incident(r.getString(3))));
                    }
                }
                return out;
            } catch (SQLException | JsonProcessingException e) {
                throw new CaseStorageException("case.db: incidenten lezen mislukt", e);
            }
        }
    }

    private static Incident incident(String json) throws JsonProcessingException {
        return json == null ? null : Json.mapper().readValue(json, Incident.class);
    }

    @Override
    public void decideProposal(String proposalId, boolean accepted, String user, Instant at) {
        synchronized (db) {
            try (PreparedStatement p = db.connection().prepareStatement("""
                    INSERT INTO merge_proposal_decision(id, accepted, user, at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET accepted=excluded.accepted, user=excluded.user, at=excluded.at""")) {
                p.setString(1, proposalId);
                p.setInt(2, accepted ? 1 : 0);
                p.setString(3, user);
                p.setString(4, at.toString());
                p.executeUpdate();
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: voorstel opslaan mislukt", e);
            }
        }
    }

    @Override
    public Set<String> refusedProposals() {
        synchronized (db) {
            Set<String> out = new TreeSet<>();
            try (Statement s = db.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM merge_proposal_decision WHERE accepted=0")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
                return out;
            } catch (SQLException e) {
                throw new CaseStorageException("case.db: voorstellen lezen mislukt", e);
            }
        }
    }
}
