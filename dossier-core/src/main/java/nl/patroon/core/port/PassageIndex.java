package nl.patroon.core.port;

import java.io.IOException;
import java.util.List;
import nl.patroon.core.search.IndexedPassage;

/**
 * Writing a case's passages. Changes become visible to searches, and durable, at {@link #commit}; an item's
 * passages are replaced as a whole, never added twice.
 */
public interface PassageIndex extends AutoCloseable {
    /** Replaces all passages of one evidence item with these. */
    void replaceEvidence(String evidenceId, List<IndexedPassage> passages) throws IOException;

    /** Gives every passage whose raw author is {@code rawAuthor} the party {@code partyId}; returns how many. */
    int reattribute(String rawAuthor, String partyId) throws IOException;

    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
