package nl.patroon.app.crosscase;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.indexer.solr.AccessLabel;
import nl.patroon.indexer.solr.LinkedPersons;
import nl.patroon.indexer.solr.SolrCredentials;
import nl.patroon.indexer.solr.SolrPassageSearch;
import nl.patroon.indexer.solr.SolrTarget;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/** The prior-history view: published cases, orders and incidents that concern the same person, oldest first. */
public final class LinkedPerson {
    /** {@code labels}: the access labels the caller holds; Solr refuses any other. */
    public record Request(String identifier, Optional<LocalDate> birthDate, List<String> labels, String solr,
                          String collection, Map<String, String> environment) {
    }

    /** One incident or order of an earlier case. */
    public record Fact(String kind, LocalDate date, Optional<LocalDate> until, List<String> categories,
                       List<String> redFlags, String description) {
    }

    /**
     * One earlier case. {@code match}: how the person was recognised — exact phone or e-mail, name with date of
     * birth, or a fuzzy name alone (to be checked by a person).
     */
    public record LinkedCase(String parketnummer, String label, String role, String name, String match,
                             long passages, Optional<Instant> firstPassage, Optional<Instant> lastPassage,
                             List<Fact> facts) {
    }

    public record Result(String identifier, List<LinkedCase> cases) {
    }

    public Result run(Request request) throws IOException {
        SolrTarget target = SolrTarget.parse(request.solr(), request.collection() == null
                ? SolrTarget.DEFAULT_COLLECTION : request.collection());
        SolrCredentials credentials = SolrCredentials.fromEnvironment(request.environment());
        List<AccessLabel> labels = request.labels().stream().map(AccessLabel::new).toList();
        try (CloudSolrClient client = target.connect()) {
            var search = new SolrPassageSearch(client, credentials, target.collection());
            List<LinkedCase> cases = new LinkedPersons(search).lookup(request.identifier(), request.birthDate(), labels)
                    .stream().map(LinkedPerson::view).toList();
            return new Result(request.identifier(), cases);
        } catch (SolrServerException e) {
            throw new IOException("Zoeken in de gedeelde index mislukt: " + e.getMessage(), e);
        }
    }

    private static LinkedCase view(LinkedPersons.LinkedCase c) {
        return new LinkedCase(c.parketnummer(), c.label(), c.role(), c.name(), c.match().name().toLowerCase(
                java.util.Locale.ROOT), c.passages(), c.firstPassage(), c.lastPassage(), c.facts().stream()
                .map(f -> new Fact(f.kind(), f.date(), f.until(), f.categories(), f.redFlags(), f.description()))
                .toList());
    }
}
