package nl.patroon.core.search;

import java.util.List;
import nl.patroon.core.passage.Passage;

/**
 * One search result: the passage, the hash of its original, the categories suggested for it, and a
 * fragment with the matched words between {@code «} and {@code »}.
 */
public record SearchHit(Passage passage, String sha256, List<String> categories, String fragment) {
}
