package nl.patroon.app.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.patroon.app.Adapters;
import nl.patroon.app.review.DossierSupport;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.review.Decision;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.ReviewDesk;
import nl.patroon.core.review.ReviewVerb;
import nl.patroon.core.taxonomy.Category;

/**
 * Incidents by hand and their upkeep: add (from a narrative in a report, or from what a witness said at a
 * hearing), list, show, link and unlink passages, merge and split. Every change is a review action with the
 * incidents' states before and after, so it has an audit line and can be undone like a review decision.
 * Merge proposals are in {@link Proposals}.
 */
public final class Incidents {
    public record Add(Path caseRoot, String user, String date, String until, List<Category> categories,
                      String description, List<String> evidence, SourceOrigin origin, Actor actor) {
    }

    public record Link(Path caseRoot, String user, String incidentId, List<String> evidence, SourceOrigin origin) {
    }

    public record Unlink(Path caseRoot, String user, String incidentId, List<String> evidence) {
    }

    public record Merge(Path caseRoot, String user, List<String> incidentIds) {
    }

    public record Split(Path caseRoot, String user, String incidentId, List<String> evidence, String description) {
    }

    /** An incident with how independently it is supported. */
    public record Listed(Incident incident, Corroboration corroboration) {
    }

    private final Adapters adapters;

    public Incidents(Adapters adapters) {
        this.adapters = adapters;
    }

    public List<Listed> list(Path caseRoot) {
        try (CaseWorkspace ws = adapters.open(caseRoot)) {
            return ws.incidents().all().stream().map(i -> new Listed(i, Corroboration.of(i))).toList();
        }
    }

    public Listed show(Path caseRoot, String id) {
        try (CaseWorkspace ws = adapters.open(caseRoot)) {
            Incident i = find(ws, id);
            return new Listed(i, Corroboration.of(i));
        }
    }

    public Incident add(Add r) throws IOException {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            ZoneId zone = ZoneId.of(ws.caseFile().timeZone());
            List<SupportingPassage> supports = supports(ws, r.evidence(), r.origin());
            Incident i = nl.patroon.core.incident.Incidents.byHand(ws.incidents().nextId(),
                    EventTimes.parse(r.date(), r.until(), zone), r.categories(), r.actor(), r.description(), supports);
            store(ws, user, ReviewVerb.INCIDENT_ADD, i.id(), List.of(), Map.of(i.id(), Optional.empty()),
                    Map.of(i.id(), i));
            return i;
        }
    }

    public Incident link(Link r) throws IOException {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Incident before = find(ws, r.incidentId());
            Incident after = before.withSupports(supports(ws, r.evidence(), r.origin()));
            store(ws, user, ReviewVerb.INCIDENT_LINK, String.join(" ", r.evidence()), List.of(),
                    Map.of(before.id(), Optional.of(before)), Map.of(after.id(), after));
            return after;
        }
    }

    /** Removes passages from an incident; suggestions confirmed through them are open again. */
    public Incident unlink(Unlink r) {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Incident before = find(ws, r.incidentId());
            Incident after = before;
            List<String> reopened = new ArrayList<>();
            for (String ref : r.evidence()) {
                String pid = normalise(ref);
                boolean present = after.supports().stream().anyMatch(s -> s.passageId().equals(pid));
                if (!present) {
                    throw Problem.of("incident.no-passage", before.id(), pid).exception();
                }
                after.supports().stream().filter(s -> s.passageId().equals(pid) && !s.suggestionId().isEmpty())
                        .forEach(s -> reopened.add(s.suggestionId()));
                after = after.without(pid);
            }
            ReviewAction a = ReviewDesk.decide(ws.reviews().nextSeq(), ReviewVerb.INCIDENT_UNLINK,
                    ws.reviews().decisions(reopened), reopened, Decision.OPEN, user, now(), String.join(" ", r.evidence()));
            storeAction(ws, a, Map.of(before.id(), Optional.of(before)), Map.of(after.id(), after));
            return after;
        }
    }

    /** One incident from several told about the same event: the lowest id stays, the others go. */
    public Incident merge(Merge r) {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            if (r.incidentIds().size() < 2) {
                throw Problem.of("incident.merge-needs-two").exception();
            }
            List<Incident> parts = r.incidentIds().stream().distinct().map(id -> find(ws, id)).toList();
            return mergeInto(ws, user, now(), ReviewVerb.INCIDENT_MERGE, parts, List.of(),
                    String.join(" ", r.incidentIds()));
        }
    }

    /** Moves the named passages of an incident into a new incident (same time, categories and actor). */
    public Incident split(Split r) {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Incident before = find(ws, r.incidentId());
            Set<String> moving = r.evidence().stream().map(Incidents::normalise).collect(Collectors.toSet());
            List<SupportingPassage> moved = before.supports().stream().filter(s -> moving.contains(s.passageId()))
                    .toList();
            if (moved.size() != before.supports().stream().map(SupportingPassage::passageId)
                    .filter(moving::contains).count() || moved.isEmpty()) {
                throw Problem.of("incident.split-which", before.id()).exception();
            }
            Incident kept = before;
            for (String pid : moving) {
                kept = kept.without(pid);
            }
            String desc = r.description() == null || r.description().isBlank()
                    ? "afgesplitst van " + before.id() + ": " + before.description() : r.description();
            Incident split = new Incident(ws.incidents().nextId(), before.time(), before.categories(), before.actor(),
                    desc, moved);
            List<String> repoint = split.suggestionIds();
            ReviewAction a = ReviewDesk.decide(ws.reviews().nextSeq(), ReviewVerb.INCIDENT_SPLIT,
                    ws.reviews().decisions(repoint), repoint, Decision.confirmed(split.id()), user, now(),
                    before.id() + " " + String.join(" ", r.evidence()));
            Map<String, Optional<Incident>> b = new LinkedHashMap<>();
            b.put(before.id(), Optional.of(before));
            b.put(split.id(), Optional.empty());
            Map<String, Incident> after = new LinkedHashMap<>();
            after.put(kept.id(), kept);
            after.put(split.id(), split);
            storeAction(ws, a, b, after);
            return split;
        }
    }

    /**
     * Merges the incidents and confirms the open suggestions into the one that stays (the lowest id); used by
     * merge and by accepting a proposal.
     */
    static Incident mergeInto(CaseWorkspace ws, String user, Instant at, ReviewVerb verb, List<Incident> parts,
                              List<nl.patroon.core.incident.Incidents.Confirmation> confirmations, String selection) {
        Incident merged = parts.get(0);
        for (Incident p : parts.subList(1, parts.size())) {
            merged = merged.mergedWith(p);
        }
        if (!confirmations.isEmpty()) {
            merged = nl.patroon.core.incident.Incidents.extend(merged, confirmations);
        }
        List<String> repoint = new ArrayList<>(merged.suggestionIds());
        ReviewAction a = ReviewDesk.decide(ws.reviews().nextSeq(), verb, ws.reviews().decisions(repoint), repoint,
                Decision.confirmed(merged.id()), user, at, selection);
        Map<String, Optional<Incident>> before = new LinkedHashMap<>();
        Map<String, Incident> after = new LinkedHashMap<>();
        for (Incident p : parts) {
            before.put(p.id(), Optional.of(p));
            after.put(p.id(), null);
        }
        after.put(merged.id(), merged);
        storeAction(ws, a, before, after);
        return merged;
    }

    private void store(CaseWorkspace ws, String user, ReviewVerb verb, String selection, List<String> ids,
                       Map<String, Optional<Incident>> before, Map<String, Incident> after) {
        ReviewAction a = ReviewDesk.decide(ws.reviews().nextSeq(), verb, ws.reviews().decisions(ids), ids,
                Decision.OPEN, user, now(), selection);
        storeAction(ws, a, before, after);
    }

    static void storeAction(CaseWorkspace ws, ReviewAction a, Map<String, Optional<Incident>> before,
                            Map<String, Incident> after) {
        Map<String, Incident> b = new HashMap<>();
        before.forEach((k, v) -> b.put(k, v.orElse(null)));
        DossierSupport.store(ws, a, b, after);
    }

    private List<SupportingPassage> supports(CaseWorkspace ws, List<String> refs, SourceOrigin origin)
            throws IOException {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        Optional<PassageSearch> search = adapters.search(ws);
        try {
            List<SupportingPassage> out = new ArrayList<>();
            for (String ref : refs) {
                out.add(DossierSupport.support(ws, search, ref, origin));
            }
            return out;
        } finally {
            if (search.isPresent()) {
                search.get().close();
            }
        }
    }

    static Incident find(CaseWorkspace ws, String id) {
        return ws.incidents().find(id.strip())
                .orElseThrow(() -> Problem.of("incident.unknown", id).exception());
    }

    static String normalise(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            throw Problem.of("reference.invalid", ref).exception();
        }
        return ref.substring(0, colon).strip() + ":"
                + nl.patroon.core.passage.Locator.parse(ref.substring(colon + 1).strip()).code();
    }

    private Instant now() {
        return adapters.settings().clock().instant();
    }

    /** Open suggestions, for proposals: all of them, with their passages. */
    static List<Suggestion> open(CaseWorkspace ws) {
        return ws.suggestions().all().stream().filter(s -> s.state() == nl.patroon.core.detect.ReviewState.OPEN)
                .toList();
    }
}
