package nl.patroon.indexer.solr;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.IndexedPassage;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.index.PassageSearcher;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a case's own embedded Lucene index (the default). */
class LucenePassageSearchContractTest extends PassageSearchContract {
    @TempDir
    Path dir;

    @Override
    PassageSearch open(List<IndexedPassage> passages) throws Exception {
        Map<String, List<IndexedPassage>> byEvidence = passages.stream().collect(Collectors.groupingBy(
                p -> p.passage().evidenceId(), LinkedHashMap::new, Collectors.toList()));
        try (PassageIndexWriter writer = new PassageIndexWriter(dir)) {
            for (var e : byEvidence.entrySet()) {
                writer.replaceEvidence(e.getKey(), e.getValue());
            }
            writer.commit();
        }
        return new PassageSearcher(dir);
    }
}
