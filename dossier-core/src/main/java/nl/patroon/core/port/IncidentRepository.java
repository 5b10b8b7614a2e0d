package nl.patroon.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.patroon.core.incident.Incident;

/** Incidents (I-0001, …) and the decisions on merge proposals. */
public interface IncidentRepository {
    /** The id a new incident gets. */
    String nextId();

    /** Adds or replaces the incident with this id. */
    void save(Incident incident);

    Optional<Incident> find(String id);

    /** All incidents, in id order. */
    List<Incident> all();

    /** Removes an incident (merged into another). */
    void delete(String id);

    /**
     * An incident as it was before and after the review action with this sequence number changed it (before is
     * null when the action created it), so an undo can put it back exactly.
     */
    record Snapshot(long actionSeq, String incidentId, Incident before, Incident after) {
    }

    void saveSnapshot(Snapshot snapshot);

    /** The snapshots of one review action, in incident id order. */
    List<Snapshot> snapshots(long actionSeq);

    /** Records that a person accepted or refused a merge proposal. */
    void decideProposal(String proposalId, boolean accepted, String user, Instant at);

    /** Ids of proposals a person refused; they are not proposed again. */
    Set<String> refusedProposals();
}
