package nl.patroon.core.search;

import java.util.List;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.taxonomy.Category;

/** A passage as it goes into the index, with the evidence hash and the categories suggested for it. */
public record IndexedPassage(Passage passage, String sha256, List<Category> categories) {
    public IndexedPassage {
        categories = List.copyOf(categories);
    }
}
