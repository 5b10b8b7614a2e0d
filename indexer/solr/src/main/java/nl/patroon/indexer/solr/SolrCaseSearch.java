package nl.patroon.indexer.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.search.SearchResult;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The passage search port over one published case in the shared collection: the same answers as the case's own
 * Lucene index ({@code PassageSearchContract} runs against both), read through the caller's label handler.
 */
public final class SolrCaseSearch implements PassageSearch {
    private static final int PAGE = 1_000;
    private final SolrPassageSearch labelSearch;
    private final AccessLabel label;
    private final String inCase;

    public SolrCaseSearch(SolrPassageSearch labelSearch, AccessLabel label, String parketnummer) {
        this.labelSearch = labelSearch;
        this.label = label;
        this.inCase = "case_id:" + ClientUtils.escapeQueryChars(parketnummer);
    }

    @Override
    public int passageCount() {
        SolrQuery q = passagesWhere("*:*");
        q.setRows(0);
        return (int) run(q).getResults().getNumFound();
    }

    @Override
    public SearchResult search(PassageQuery query) throws IOException {
        SolrQuery q = passagesWhere(SharedQuery.toEdismax(query.text()));
        q.set("qf", "text_stem");
        q.setRows(query.limit());
        q.setHighlight(true).addHighlightField("text").addHighlightField("text_stem").setHighlightSimplePre("«").setHighlightSimplePost("»");
        q.set("hl.method", "unified");
        q.set("hl.requireFieldMatch", true);
        q.set("hl.fragsize", 0);
        QueryResponse r = run(q);
        Map<String, Map<String, List<String>>> highlights = r.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            String fragment = SolrPassageSearch.fragment(highlights, (String) d.getFieldValue("id"));
            hits.add(hit(d, fragment == null ? abbreviate((String) d.getFieldValue("text")) : fragment));
        }
        return new SearchResult(query.text(), r.getResults().getNumFound(), hits);
    }

    @Override
    public List<SearchHit> passages(Collection<String> ids) throws IOException {
        List<String> sorted = ids.stream().distinct().sorted().toList();
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += PAGE) {
            SolrQuery q = passagesWhere("*:*");
            q.addFilterQuery("{!terms f=passage_id}" + String.join(",", sorted.subList(i,
                    Math.min(sorted.size(), i + PAGE))));
            out.addAll(all(q));
        }
        out.sort(PASSAGE_ORDER);
        return out;
    }

    @Override
    public List<SearchHit> passagesOf(String evidenceId) throws IOException {
        SolrQuery q = passagesWhere("*:*");
        q.addFilterQuery("evidence_id:" + ClientUtils.escapeQueryChars(evidenceId));
        return all(q);
    }

    @Override
    public Map<String, Integer> unresolvedAuthors() throws IOException {
        SolrQuery q = passagesWhere("*:*");
        q.addFilterQuery("author:[* TO *]", "-party_id:[* TO *]");
        q.setRows(0);
        q.setFacet(true).addFacetField("author");
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        q.setFacetSort("index");
        Map<String, Integer> out = new LinkedHashMap<>();
        FacetField authors = run(q).getFacetField("author");
        for (FacetField.Count c : authors.getValues()) {
            out.put(c.getName(), (int) c.getCount());
        }
        return out;
    }

    @Override
    public void close() {
        // the client belongs to whoever made it
    }

    private SolrQuery passagesWhere(String query) {
        SolrQuery q = new SolrQuery(query);
        q.addFilterQuery(inCase, "doc_type:passage");
        // Passage order, as the embedded index: time (undated last), evidence number, position in the item.
        q.setSort("time", SolrQuery.ORDER.asc);
        q.addSort("order_evidence", SolrQuery.ORDER.asc);
        q.addSort("order_position", SolrQuery.ORDER.asc);
        return q;
    }

    /** Every match, page by page with a cursor (the sort ends in the unique id, as cursors require). */
    private List<SearchHit> all(SolrQuery q) {
        q.addSort("id", SolrQuery.ORDER.asc);
        q.setRows(PAGE);
        List<SearchHit> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = run(q);
            r.getResults().forEach(d -> out.add(hit(d, null)));
            if (cursor.equals(r.getNextCursorMark())) {
                return out;
            }
            cursor = r.getNextCursorMark();
        }
    }

    private QueryResponse run(SolrQuery q) {
        try {
            return labelSearch.query(label, q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SolrServerException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static final java.util.Comparator<SearchHit> PASSAGE_ORDER = java.util.Comparator
            .comparing((SearchHit h) -> h.passage().time() == null ? Long.MAX_VALUE : h.passage().time().sortKey())
            .thenComparingLong(h -> nl.patroon.indexer.index.PassageIndexWriter.evidenceNumber(h.passage().evidenceId()))
            .thenComparingLong(h -> nl.patroon.indexer.index.PassageIndexWriter.position(h.passage().locator()));

    static SearchHit hit(SolrDocument d, String fragment) {
        EventTime time = null;
        Date start = (Date) d.getFieldValue("time");
        if (start != null) {
            ZoneId zone = ZoneId.of((String) d.getFieldValue("zone"));
            Date end = (Date) d.getFieldValue("time_end");
            time = new EventTime(ZonedDateTime.ofInstant(start.toInstant(), zone),
                    ZonedDateTime.ofInstant((end == null ? start : end).toInstant(), zone),
                    TimePrecision.valueOf((String) d.getFieldValue("precision")));
        }
        Locator at = Locator.parse((String) d.getFieldValue("locator"));
        Object line = d.getFieldValue("line");
        if (line != null) {
            at = new Locator(at.page(), at.paragraph(), at.message(), (Integer) line);
        }
        Passage p = new Passage((String) d.getFieldValue("evidence_id"), at, time, (String) d.getFieldValue("author"),
                (String) d.getFieldValue("party_id"), (String) d.getFieldValue("lang"),
                Boolean.TRUE.equals(d.getFieldValue("system")), (String) d.getFieldValue("text"),
                (String) d.getFieldValue("speaker"));
        Collection<Object> categories = d.getFieldValues("category");
        return new SearchHit(p, (String) d.getFieldValue("sha256"),
                categories == null ? List.of() : categories.stream().map(String::valueOf).toList(),
                fragment);
    }

    /** As the embedded index: a hit without marked words shows the start of its text. */
    private static String abbreviate(String s) {
        return s == null || s.length() <= 240 ? s : s.substring(0, 240) + " …";
    }
}
