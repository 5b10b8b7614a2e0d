package nl.patroon.indexer.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Passage search over the shared collection, with the caller's credentials, through the handlers of the labels it
 * holds: Solr itself keeps every other label's documents out (see {@link SharedCollection#grantLabel}).
 */
public final class SolrPassageSearch {
    private final SolrClient client;
    private final SolrCredentials user;
    private final String collection;

    public SolrPassageSearch(SolrClient client, SolrCredentials user, String collection) {
        this.client = client;
        this.user = user;
        this.collection = collection;
    }

    /** Passages matching {@code query} in the documents of {@code label}, in time order (undated last). */
    public List<SharedHit> search(AccessLabel label, String query, int limit) throws IOException, SolrServerException {
        SolrQuery q = new SolrQuery(SharedQuery.toEdismax(query));
        q.set("qf", "text_stem");
        q.addFilterQuery("doc_type:passage");
        q.setRows(Math.max(1, limit));
        q.setSort("time", SolrQuery.ORDER.asc);
        q.addSort("id", SolrQuery.ORDER.asc);
        q.setHighlight(true).addHighlightField("text").addHighlightField("text_stem").setHighlightSimplePre("«").setHighlightSimplePost("»");
        q.set("hl.method", "unified");
        q.set("hl.requireFieldMatch", true);
        q.set("hl.fragsize", 0);
        QueryResponse response = query(label, q);
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
        List<SharedHit> hits = new ArrayList<>();
        for (SolrDocument d : response.getResults()) {
            String fragment = fragment(highlights, (String) d.getFieldValue("id"));
            if (fragment == null) {
                fragment = (String) d.getFieldValue("text");
            }
            hits.add(new SharedHit((String) d.getFieldValue("case_id"), (String) d.getFieldValue("passage_id"),
                    (String) d.getFieldValue("evidence_id"), (String) d.getFieldValue("sha256"),
                    (String) d.getFieldValue("author"), (String) d.getFieldValue("party_id"),
                    Optional.ofNullable((Date) d.getFieldValue("time")).map(Date::toInstant), fragment));
        }
        return hits;
    }

    QueryResponse query(AccessLabel label, SolrQuery q) throws IOException, SolrServerException {
        QueryRequest request = new QueryRequest(q);
        request.setPath(label.handlerPath());
        try {
            return user.on(request).process(client, collection);
        } catch (SolrServerException | RuntimeException e) {
            if (AccessRefusedException.isRefusal(e)) {
                throw new AccessRefusedException("Geen toegang tot label '" + label + "' voor gebruiker '" + user.user()
                        + "' (Solr weigert het verzoek).", e);
            }
            throw e;
        }
    }

    /**
     * The marked fragment of a hit: from {@code text} for phrases and wildcards, from {@code text_stem} (the same
     * stored text) for bare words, each highlighted only by the query's terms on its own field.
     */
    static String fragment(Map<String, Map<String, List<String>>> highlights, String id) {
        if (highlights == null) {
            return null;
        }
        Map<String, List<String>> perField = highlights.getOrDefault(id, Map.of());
        for (String field : List.of("text", "text_stem")) {
            List<String> f = perField.get(field);
            if (f != null && !f.isEmpty()) {
                return f.get(0);
            }
        }
        return null;
    }

    static Optional<Instant> instant(Object value) {
        return Optional.ofNullable((Date) value).map(Date::toInstant);
    }
}
