package nl.patroon.core.port;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.search.SearchResult;

/**
 * Reading passages: one case's index (Lucene) today; a search across cases (SolrCloud) is meant to be a second
 * implementation of this interface.
 */
public interface PassageSearch extends AutoCloseable {
    int passageCount();

    /** Hits in passage order, with how many passages matched in all. */
    SearchResult search(PassageQuery query) throws IOException;

    /** The passages with these ids, in passage order; ids not found are left out. */
    List<SearchHit> passages(Collection<String> ids) throws IOException;

    /** All passages of one evidence item, in order. */
    List<SearchHit> passagesOf(String evidenceId) throws IOException;

    /** Authors not yet linked to a party, with their number of passages. */
    Map<String, Integer> unresolvedAuthors() throws IOException;

    @Override
    void close() throws IOException;
}
