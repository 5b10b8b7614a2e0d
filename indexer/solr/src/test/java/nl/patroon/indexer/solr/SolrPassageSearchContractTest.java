package nl.patroon.indexer.solr;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.IndexedPassage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the shared SolrCloud collection: the case published, read through a label handler. */
@ExtendWith(SolrCluster.class)
class SolrPassageSearchContractTest extends PassageSearchContract {
    private static final AtomicInteger CASES = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    PassageSearch open(List<IndexedPassage> passages) throws Exception {
        String parketnummer = String.format("13/%06d-24", CASES.incrementAndGet()); // a case of its own per test
        var cluster = SolrCluster.cluster();
        new CasePublisher(cluster.getSolrClient(), SolrCluster.PUBLISHER, SolrCluster.COLLECTION).publish(
                new CasePublication(parketnummer, SolrCluster.LABEL_CONTRACT, PublishPolicy.EVERYTHING, List.of(), passages,
                        List.of(), List.of()), new PublishJournal(dir.resolve("publish.json")));
        return new SolrCaseSearch(new SolrPassageSearch(cluster.getSolrClient(), SolrCluster.DETECTIVE_BOTH,
                SolrCluster.COLLECTION), SolrCluster.LABEL_CONTRACT, parketnummer);
    }
}
