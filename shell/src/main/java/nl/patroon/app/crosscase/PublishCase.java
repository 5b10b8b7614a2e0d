package nl.patroon.app.crosscase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.analysis.PatternSpec;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.IndexedPassage;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.solr.AccessLabel;
import nl.patroon.indexer.solr.CasePublication;
import nl.patroon.indexer.solr.CasePublisher;
import nl.patroon.indexer.solr.PublishJournal;
import nl.patroon.indexer.solr.PublishPolicy;
import nl.patroon.indexer.solr.SolrCredentials;
import nl.patroon.indexer.solr.SolrTarget;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Pushes a case to the shared collection under an access label: its parties (normalised identifiers) and, when
 * the policy allows, its passages; re-publishing replaces, an interrupted publish resumes (journal
 * {@code publish.json} in the case folder), its confirmed incidents with their red flags, and its orders.
 */
public final class PublishCase {
    /**
     * @param solr          ZooKeeper hosts ({@code zk1:2181,zk2:2181/solr}) or Solr URLs
     * @param withPassages  also the passages' text (the policy's default leaves it in the case)
     * @param environment   where the Solr credentials are read (PATROON_SOLR_USER, PATROON_SOLR_PASSWORD)
     */
    public record Request(Path caseRoot, String solr, String collection, String label, boolean withPassages,
                          java.util.Map<String, String> environment) {
    }

    /** What went out: documents per kind, the run, and after how many documents an interrupted run resumed. */
    public record Result(String parketnummer, String label, String runId, long parties, long passages,
                         long incidents, long orders, long resumedAfter) {
    }

    private final Adapters adapters;

    public PublishCase(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        SolrTarget target = SolrTarget.parse(request.solr(), request.collection() == null
                ? SolrTarget.DEFAULT_COLLECTION : request.collection());
        AccessLabel label = new AccessLabel(request.label());
        SolrCredentials credentials = SolrCredentials.fromEnvironment(request.environment());
        PublishPolicy policy = request.withPassages() ? PublishPolicy.EVERYTHING : PublishPolicy.DEFAULT;
        try (CaseWorkspace ws = adapters.open(request.caseRoot());
             CloudSolrClient client = target.connect()) {
            Optional<PassageSearch> search = adapters.search(ws);
            try {
                return publish(ws, client, target, label, policy, credentials, search);
            } finally {
                if (search.isPresent()) {
                    search.get().close(); // also when Solr refuses or the network fails half-way
                }
            }
        } catch (SolrServerException e) {
            throw new IOException("Publiceren naar Solr mislukt: " + e.getMessage(), e);
        }
    }

    private Result publish(CaseWorkspace ws, CloudSolrClient client, SolrTarget target, AccessLabel label,
                           PublishPolicy policy, SolrCredentials credentials, Optional<PassageSearch> search)
            throws IOException, SolrServerException {
        List<CasePublication.PublishedParty> parties = ws.caseFile().parties().stream()
                .map(p -> new CasePublication.PublishedParty(p.id(), p.role().code(), p.name(), p.aliases(),
                        Optional.empty()))
                .toList();
        List<EvidenceRecord> items = ws.evidence().all();
        Iterable<IndexedPassage> passages = () -> search.map(s -> passagesOf(s, items))
                .orElse(java.util.Collections.emptyIterator());
        CasePublication publication = new CasePublication(ws.caseFile().parketnummer(), label, policy, parties,
                passages, incidents(ws.incidents().all()), ws.caseFile().orders());
        CasePublisher.Result r = new CasePublisher(client, credentials, target.collection()).publish(publication,
                new PublishJournal(ws.root().resolve("publish.json")));
        ws.appendAudit("publish", java.util.Map.of("label", label.value(), "run", r.runId(),
                "documents", r.documents(), "passages", policy.passages()));
        ws.flushAudit();
        return new Result(ws.caseFile().parketnummer(), label.value(), r.runId(), r.parties(), r.passages(),
                r.incidents(), r.orders(), r.resumedAfter());
    }

    /**
     * The case's incidents (each confirmed by a person) with the red flags their categories raise, dated by the day
     * they started; an undated incident stays in the case, since the shared index orders a person's history by date.
     */
    static List<CasePublication.PublishedIncident> incidents(List<Incident> incidents) {
        List<PatternSpec.RedFlagSpec> flags = PatternSpec.bundled().redFlags();
        return incidents.stream().filter(Incident::dated).map(i -> {
            java.util.Set<String> categories = new java.util.TreeSet<>();
            i.categories().forEach(c -> categories.add(c.name()));
            java.util.Set<String> red = new java.util.TreeSet<>();
            for (PatternSpec.RedFlagSpec f : flags) {
                if (f.categories().stream().anyMatch(i.categories()::contains)) {
                    red.add(f.id());
                }
            }
            java.time.LocalDate last = i.time().end().toLocalDate();
            return new CasePublication.PublishedIncident(i.id(), i.day(),
                    last.equals(i.day()) ? Optional.empty() : Optional.of(last), categories, red, i.description(),
                    List.of());
        }).toList();
    }

    /** The case's passages, item by item in evidence order (one item's passages in memory at a time). */
    private static Iterator<IndexedPassage> passagesOf(PassageSearch search, List<EvidenceRecord> items) {
        return new Iterator<>() {
            private final Iterator<EvidenceRecord> item = items.iterator();
            private Iterator<SearchHit> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && item.hasNext()) {
                    try {
                        current = search.passagesOf(item.next().evidence().id()).iterator();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return current.hasNext();
            }

            @Override
            public IndexedPassage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SearchHit h = current.next();
                return new IndexedPassage(h.passage(), h.sha256(), h.categories().stream().map(Category::valueOf)
                        .toList());
            }
        };
    }
}
