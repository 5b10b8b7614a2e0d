package nl.patroon.app.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.Incidents;
import nl.patroon.core.incident.OriginRules;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.port.IncidentRepository;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.search.SearchHit;

/**
 * What the review and incident use cases share: reading suggestions' passages and their origin, making a
 * support from a passage reference, and storing a review action with the incidents it changed in one
 * transaction plus its audit line.
 */
public final class DossierSupport {
    private DossierSupport() {
    }

    /** The passages with these ids (by id); missing ones are left out. */
    public static Map<String, Passage> passages(Optional<PassageSearch> search, Collection<String> ids)
            throws IOException {
        Map<String, Passage> out = new LinkedHashMap<>();
        if (search.isPresent() && !ids.isEmpty()) {
            for (SearchHit h : search.get().passages(ids)) {
                out.put(h.passage().id(), h.passage());
            }
        }
        return out;
    }

    /** The default origin of a passage: its document's kind, the report's speaker, the author's role. */
    public static SourceOrigin origin(CaseWorkspace ws, Passage p) {
        SourceKind kind = ws.evidence().evidenceById(p.evidenceId()).map(r -> r.evidence().sourceKind())
                .orElse(SourceKind.OTHER);
        PartyRole role = p.partyId() == null ? null : ws.caseFile().parties().stream()
                .filter(party -> party.id().equals(p.partyId())).map(Party::role).findFirst().orElse(null);
        return OriginRules.classify(kind == null ? SourceKind.OTHER : kind, p.speaker(), role);
    }

    /** Suggestions with their passages, for confirming; a suggestion whose passage is gone is an error. */
    public static List<Incidents.Confirmation> confirmations(CaseWorkspace ws, Optional<PassageSearch> search,
                                                             List<Suggestion> suggestions) throws IOException {
        Map<String, Passage> passages = passages(search, suggestions.stream().map(Suggestion::passageId).toList());
        List<Incidents.Confirmation> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            Passage p = passages.get(s.passageId());
            if (p == null) {
                throw Problem.of("suggestion.not-indexed", s.passageId(), s.id()).exception();
            }
            out.add(new Incidents.Confirmation(s, p, origin(ws, p), ""));
        }
        return out;
    }

    /**
     * A support from a reference "E-0007:p2.3": the passage's words as quote and its default origin, unless an
     * origin is given. Evidence must exist; a locator without an indexed passage (a hearing note) gets no quote.
     */
    public static SupportingPassage support(CaseWorkspace ws, Optional<PassageSearch> search, String reference,
                                            SourceOrigin origin) throws IOException {
        int colon = reference.indexOf(':');
        if (colon < 0) {
            throw Problem.of("reference.invalid", reference).exception();
        }
        String evidenceId = reference.substring(0, colon).strip();
        String locator = Locator.parse(reference.substring(colon + 1).strip()).code();
        if (ws.evidence().evidenceById(evidenceId).isEmpty()) {
            throw Problem.of("evidence.unknown", evidenceId).exception();
        }
        Passage p = passages(search, List.of(evidenceId + ":" + locator)).get(evidenceId + ":" + locator);
        String quote = p == null ? "" : p.text().length() <= 280 ? p.text().strip() : p.text().substring(0, 279) + "…";
        SourceOrigin o = origin != null ? origin : p == null ? SourceOrigin.UNKNOWN : origin(ws, p);
        return new SupportingPassage(evidenceId, locator, quote, o, "", "");
    }

    /**
     * Stores a review action and the incidents it changes (with their snapshots, for undo) in one transaction,
     * then writes its audit line. {@code changed} maps incident id to its state after the action (null: deleted).
     */
    public static void store(CaseWorkspace ws, ReviewAction action, Map<String, Incident> before,
                             Map<String, Incident> changed) {
        ws.inTransaction(() -> {
            if (!action.changes().isEmpty() || !changed.isEmpty()) {
                ws.reviews().record(action);
            }
            for (Map.Entry<String, Incident> e : changed.entrySet()) {
                if (e.getValue() == null) {
                    ws.incidents().delete(e.getKey());
                } else {
                    ws.incidents().save(e.getValue());
                }
                ws.incidents().saveSnapshot(new IncidentRepository.Snapshot(action.seq(), e.getKey(),
                        before.get(e.getKey()), e.getValue()));
            }
        });
        if (!action.changes().isEmpty() || !changed.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>(action.auditDetails());
            if (!changed.isEmpty()) {
                details.put("incidents", List.copyOf(changed.keySet()));
            }
            ws.appendAudit(action.auditAction(), details);
            ws.flushAudit();
        }
    }
}
