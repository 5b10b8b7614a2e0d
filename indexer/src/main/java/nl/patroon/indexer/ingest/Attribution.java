package nl.patroon.indexer.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.attribution.AuthorResolver;

/** The attribute stage: each passage's author resolved to a party of the case where an alias says who it is. */
final class Attribution {
    private final AuthorResolver authors;

    Attribution(AuthorResolver authors) {
        this.authors = authors;
    }

    /** The passages, those whose author is a known party with that party's id. Thread-safe. */
    List<Passage> attribute(List<Passage> passages) {
        List<Passage> out = new ArrayList<>(passages.size());
        // A chat has a handful of authors and thousands of messages: resolve each author once per item.
        Map<String, Optional<String>> partyOf = new HashMap<>();
        for (Passage p : passages) {
            String party = p.author() != null && p.partyId() == null
                    ? partyOf.computeIfAbsent(p.author(), authors::resolve).orElse(null) : null;
            out.add(party == null ? p : new Passage(p.evidenceId(), p.locator(), p.time(), p.author(),
                    party, p.language(), p.system(), p.text(), p.speaker()));
        }
        return out;
    }
}
