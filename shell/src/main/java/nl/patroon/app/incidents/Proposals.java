package nl.patroon.app.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.patroon.app.Adapters;
import nl.patroon.app.review.DossierSupport;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.MergeCandidate;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.incident.MergeProposer;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.review.ReviewVerb;

/**
 * Merge proposals: what the open suggestions and the incidents tell of the same event ({@link MergeProposer}),
 * without those a person refused. Accepting one makes one incident of it; refusing it is remembered.
 */
public final class Proposals {
    /** Reports, Veilig Thuis and doctors tell of an evening; a message is a moment. */
    private static final Set<SourceKind> ACCOUNTS = EnumSet.of(SourceKind.PROCES_VERBAAL_AANGIFTE,
            SourceKind.PROCES_VERBAAL_BEVINDINGEN, SourceKind.PROCES_VERBAAL_VERHOOR, SourceKind.VEILIG_THUIS,
            SourceKind.MEDICAL);

    public record Decide(Path caseRoot, String user, String proposalId, String description) {
    }

    private final Adapters adapters;

    public Proposals(Adapters adapters) {
        this.adapters = adapters;
    }

    public List<MergeProposal> list(Path caseRoot) throws IOException {
        try (CaseWorkspace ws = adapters.open(caseRoot)) {
            return proposals(ws).proposals();
        }
    }

    /** Accepts a proposal: its incidents merge into the lowest, its suggestions are confirmed into that one. */
    public Incident accept(Decide r) throws IOException {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Found found = proposals(ws);
            MergeProposal p = find(found.proposals(), r.proposalId());
            try {
                List<Suggestion> suggestions = ws.reviews().suggestions(p.suggestionIds());
                var confirmations = DossierSupport.confirmations(ws, found.search(), suggestions);
                Instant at = adapters.settings().clock().instant();
                List<Incident> parts = new ArrayList<>(p.incidentIds().stream().map(id -> Incidents.find(ws, id))
                        .toList());
                if (parts.isEmpty()) {
                    String desc = r.description() == null || r.description().isBlank()
                            ? "samengevoegd uit " + String.join(", ", p.evidenceIds()) : r.description();
                    parts.add(nl.patroon.core.incident.Incidents.fromSuggestions(ws.incidents().nextId(), desc,
                            confirmations));
                    confirmations = List.of();
                    Incident created = parts.get(0);
                    var a = nl.patroon.core.review.ReviewDesk.decide(ws.reviews().nextSeq(),
                            ReviewVerb.PROPOSAL_ACCEPT, ws.reviews().decisions(created.suggestionIds()),
                            created.suggestionIds(), nl.patroon.core.review.Decision.confirmed(created.id()), user, at,
                            p.id());
                    Incidents.storeAction(ws, a, Map.of(created.id(), Optional.empty()), Map.of(created.id(), created));
                    ws.incidents().decideProposal(p.id(), true, user, at);
                    return created;
                }
                Incident merged = Incidents.mergeInto(ws, user, at, ReviewVerb.PROPOSAL_ACCEPT, parts, confirmations,
                        p.id());
                ws.incidents().decideProposal(p.id(), true, user, at);
                return merged;
            } finally {
                if (found.search().isPresent()) {
                    found.search().get().close();
                }
            }
        }
    }

    /** Refuses a proposal; it is not proposed again until something new joins it. */
    public void refuse(Decide r) throws IOException {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Found found = proposals(ws);
            if (found.search().isPresent()) {
                found.search().get().close();
            }
            MergeProposal p = find(found.proposals(), r.proposalId());
            ws.incidents().decideProposal(p.id(), false, user, adapters.settings().clock().instant());
            ws.appendAudit(ReviewVerb.PROPOSAL_REFUSE.auditAction(), Map.of("proposal", p.id(), "user", user,
                    "suggestions", p.suggestionIds(), "incidents", p.incidentIds()));
            ws.flushAudit();
        }
    }

    private record Found(List<MergeProposal> proposals, Optional<PassageSearch> search) {
    }

    private Found proposals(CaseWorkspace ws) throws IOException {
        Optional<PassageSearch> search = adapters.search(ws);
        List<Suggestion> open = Incidents.open(ws);
        Map<String, Passage> passages = DossierSupport.passages(search, open.stream().map(Suggestion::passageId)
                .distinct().toList());
        List<MergeCandidate> candidates = new ArrayList<>();
        for (Suggestion s : open) {
            Passage p = passages.get(s.passageId());
            if (p == null || p.time() == null) {
                continue;
            }
            SourceKind kind = ws.evidence().evidenceById(p.evidenceId()).map(e -> e.evidence().sourceKind())
                    .orElse(SourceKind.OTHER);
            boolean account = ACCOUNTS.contains(kind) || p.time().precision() == TimePrecision.APPROXIMATE
                    || p.time().precision() == TimePrecision.DAY || p.time().precision() == TimePrecision.INTERVAL;
            candidates.add(MergeCandidate.suggestion(s.id(), p.time(), s.category(), s.evidenceId(), account));
        }
        ws.incidents().all().forEach(i -> candidates.add(MergeCandidate.of(i)));
        Set<String> refused = ws.incidents().refusedProposals();
        return new Found(MergeProposer.propose(candidates).stream().filter(p -> !refused.contains(p.id())).toList(),
                search);
    }

    private static MergeProposal find(List<MergeProposal> proposals, String id) {
        return proposals.stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> Problem.of("proposal.unknown", id).exception());
    }
}
