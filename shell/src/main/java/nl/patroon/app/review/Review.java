package nl.patroon.app.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.Incidents;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.port.IncidentRepository;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.review.Decision;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.ReviewDesk;
import nl.patroon.core.review.ReviewItem;
import nl.patroon.core.review.SuggestionSelector;
import nl.patroon.core.taxonomy.Category;

/**
 * Reviewing suggestions: list, confirm (into a new or an existing incident), reject with a reason, set aside,
 * undo. Each action touches only the suggestions it names (by id), is stored with the incident it changes in one
 * transaction, and leaves one audit line with who and when.
 */
public final class Review {
    /** Either explicit ids, or a selector (rule, category, author, conversation). */
    public record Selection(List<String> ids, SuggestionSelector selector) {
        public Selection {
            ids = ids == null ? List.of() : List.copyOf(ids);
            if (ids.isEmpty() && (selector == null || selector.isEmpty())) {
                throw Problem.of("review.nothing-named").exception();
            }
        }

        String describe() {
            return ids.isEmpty() ? selector.describe() : "";
        }
    }

    public record ListRequest(Path caseRoot, SuggestionSelector selector, int limit) {
    }

    /** A suggestion with its passage (null when not in the index) and decision. */
    public record Item(Suggestion suggestion, Decision decision, Passage passage) {
    }

    public record Listing(List<Item> items, int total) {
    }

    public record Confirm(Path caseRoot, String user, Selection selection, String incidentId, String description) {
    }

    public record Reject(Path caseRoot, String user, Selection selection, String reason) {
    }

    public record SetAside(Path caseRoot, String user, Selection selection, String reason) {
    }

    public record Undo(Path caseRoot, String user) {
    }

    /** The action taken (its changes may be empty: nothing to do) and the incident it filled, if any. */
    public record Outcome(ReviewAction action, Incident incident) {
    }

    private final Adapters adapters;

    public Review(Adapters adapters) {
        this.adapters = adapters;
    }

    /** The suggestions in one review state, in id order, without their passages (cheap: for completion). */
    public List<Suggestion> inState(Path caseRoot, ReviewState state) {
        try (CaseWorkspace ws = adapters.open(caseRoot)) {
            return ws.suggestions().all().stream().filter(s -> s.state() == state).toList();
        }
    }

    public Listing list(ListRequest r) throws IOException {
        SuggestionSelector sel = r.selector() == null ? new SuggestionSelector(null, null, null, null, null)
                : r.selector();
        try (CaseWorkspace ws = adapters.open(r.caseRoot())) {
            List<Suggestion> found = sel.isEmpty()
                    ? ws.suggestions().all().stream().filter(s -> s.state() == sel.state()).toList()
                    : ws.reviews().select(sel);
            Optional<PassageSearch> search = adapters.search(ws);
            try {
                List<Suggestion> matching = byAuthor(found, sel, search);
                List<Suggestion> shown = matching.subList(0, Math.min(matching.size(), Math.max(1, r.limit())));
                Map<String, Passage> passages = DossierSupport.passages(search,
                        shown.stream().map(Suggestion::passageId).toList());
                Map<String, Decision> decisions = ws.reviews().decisions(shown.stream().map(Suggestion::id).toList());
                List<Item> items = shown.stream().map(s -> new Item(s, decisions.get(s.id()),
                        passages.get(s.passageId()))).toList();
                return new Listing(items, matching.size());
            } finally {
                close(search);
            }
        }
    }

    public Outcome confirm(Confirm r) throws IOException {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Optional<PassageSearch> search = adapters.search(ws);
            try {
                List<String> ids = resolve(ws, search, r.selection());
                Map<String, Decision> now = ws.reviews().decisions(ids);
                List<String> todo = ids.stream().filter(id -> now.containsKey(id)
                        && !(now.get(id).state() == ReviewState.CONFIRMED)).toList();
                unknown(ids, now);
                List<Suggestion> suggestions = ws.reviews().suggestions(todo);
                Incident before = r.incidentId() == null ? null : ws.incidents().find(r.incidentId())
                        .orElseThrow(() -> Problem.of("incident.unknown", r.incidentId()).exception());
                if (suggestions.isEmpty()) {
                    return new Outcome(new ReviewAction(ws.reviews().nextSeq(), nl.patroon.core.review.ReviewVerb.CONFIRM,
                            user, now(), r.selection().describe(), 0, List.of()), before);
                }
                List<Incidents.Confirmation> confirmations = DossierSupport.confirmations(ws, search, suggestions);
                Incident after = before == null
                        ? Incidents.fromSuggestions(ws.incidents().nextId(), description(r.description(), suggestions),
                                confirmations)
                        : Incidents.extend(before, confirmations);
                ReviewAction action = ReviewDesk.confirm(ws.reviews().nextSeq(), now, todo, after.id(), user, now(),
                        r.selection().describe());
                Map<String, Incident> b = new HashMap<>();
                b.put(after.id(), before);
                DossierSupport.store(ws, action, b, Map.of(after.id(), after));
                return new Outcome(action, after);
            } finally {
                close(search);
            }
        }
    }

    public Outcome reject(Reject r) throws IOException {
        return decide(r.caseRoot(), r.user(), r.selection(), (seq, now, ids, user) ->
                ReviewDesk.reject(seq, now, ids, r.reason(), user, now(), r.selection().describe()));
    }

    public Outcome setAside(SetAside r) throws IOException {
        return decide(r.caseRoot(), r.user(), r.selection(), (seq, now, ids, user) ->
                ReviewDesk.setAside(seq, now, ids, r.reason(), user, now(), r.selection().describe()));
    }

    /** Reverses the latest action not yet undone; its incident is put back when nobody changed it since. */
    public Optional<Outcome> undo(Undo r) {
        String user = adapters.user(r.user());
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), user)) {
            Optional<ReviewAction> target = ws.reviews().lastUndoable();
            if (target.isEmpty()) {
                return Optional.empty();
            }
            ReviewAction undo = ReviewDesk.undo(ws.reviews().nextSeq(), target.get(),
                    ws.reviews().decisions(target.get().suggestionIds()), user, now());
            Map<String, Incident> before = new HashMap<>();
            Map<String, Incident> restored = new HashMap<>();
            for (IncidentRepository.Snapshot snap : ws.incidents().snapshots(target.get().seq())) {
                Incident current = ws.incidents().find(snap.incidentId()).orElse(null);
                if (java.util.Objects.equals(current, snap.after())) {
                    before.put(snap.incidentId(), current);
                    restored.put(snap.incidentId(), snap.before());
                }
            }
            DossierSupport.store(ws, undo, before, restored);
            return Optional.of(new Outcome(undo, null));
        }
    }

    interface Decide {
        ReviewAction action(long seq, Map<String, Decision> now, List<String> ids, String user);
    }

    private Outcome decide(Path root, String givenUser, Selection selection, Decide decide) throws IOException {
        String user = adapters.user(givenUser);
        try (CaseWorkspace ws = adapters.open(root, user)) {
            Optional<PassageSearch> search = adapters.search(ws);
            try {
                List<String> ids = resolve(ws, search, selection);
                Map<String, Decision> now = ws.reviews().decisions(ids);
                unknown(ids, now);
                List<String> confirmed = ids.stream().filter(id -> now.get(id).state() == ReviewState.CONFIRMED)
                        .toList();
                if (!confirmed.isEmpty()) {
                    throw Problem.of("review.already-confirmed", String.join(", ", confirmed),
                            now.get(confirmed.get(0)).incidentId()).exception();
                }
                ReviewAction action = decide.action(ws.reviews().nextSeq(), now, ids, user);
                DossierSupport.store(ws, action, Map.of(), Map.of());
                return new Outcome(action, null);
            } finally {
                close(search);
            }
        }
    }

    /** The ids a selection names: explicit ones as given, a filter's from the database (and the index, for author). */
    private static List<String> resolve(CaseWorkspace ws, Optional<PassageSearch> search, Selection sel)
            throws IOException {
        if (!sel.ids().isEmpty()) {
            return sel.ids().stream().map(String::strip).distinct().sorted(ReviewDesk.SUGGESTION_ORDER).toList();
        }
        return byAuthor(ws.reviews().select(sel.selector()), sel.selector(), search).stream().map(Suggestion::id)
                .toList();
    }

    private static List<Suggestion> byAuthor(List<Suggestion> found, SuggestionSelector sel,
                                             Optional<PassageSearch> search) throws IOException {
        if (sel.author() == null) {
            return found;
        }
        Map<String, Passage> passages = DossierSupport.passages(search, found.stream().map(Suggestion::passageId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        List<ReviewItem> items = new ArrayList<>();
        for (Suggestion s : found) {
            Passage p = passages.get(s.passageId());
            String author = p == null ? null : p.partyId() != null && p.partyId().equalsIgnoreCase(sel.author())
                    ? p.partyId() : p.author();
            items.add(new ReviewItem(s, author, s.evidenceId()));
        }
        java.util.Set<String> ids = new java.util.HashSet<>(ReviewDesk.select(items, sel));
        return found.stream().filter(s -> ids.contains(s.id())).toList();
    }

    private static void unknown(List<String> ids, Map<String, Decision> now) {
        List<String> missing = ids.stream().filter(id -> !now.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw Problem.of("suggestion.unknown", String.join(", ", missing)).exception();
        }
    }

    /** The default description: the categories in Dutch ("doodsbedreiging, verwurging"). */
    static String description(String given, List<Suggestion> suggestions) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return suggestions.stream().map(Suggestion::category).distinct().sorted().map(Category::dutch)
                .collect(Collectors.joining(", "));
    }

    private Instant now() {
        return adapters.settings().clock().instant();
    }

    static void close(Optional<PassageSearch> search) throws IOException {
        if (search.isPresent()) {
            search.get().close();
        }
    }
}
