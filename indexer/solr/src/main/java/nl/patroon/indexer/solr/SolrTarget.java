package nl.patroon.indexer.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * Where the shared collection lives: either ZooKeeper hosts ({@code zk1:2181,zk2:2181/solr}) or Solr base URLs
 * ({@code http://solr1:8983/solr,http://solr2:8983/solr}), and the collection's name.
 */
public record SolrTarget(List<String> zkHosts, Optional<String> zkChroot, List<String> solrUrls, String collection) {
    public static final String DEFAULT_COLLECTION = "patroon";

    public SolrTarget {
        zkHosts = List.copyOf(zkHosts);
        solrUrls = List.copyOf(solrUrls);
        Objects.requireNonNull(collection, "collection");
        if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
            throw new IllegalArgumentException("Geef ZooKeeper-adressen of Solr-URL's op, niet beide of geen.");
        }
    }

    /** Parses the {@code --solr} value: URLs when it starts with http(s), otherwise a ZooKeeper connect string. */
    public static SolrTarget parse(String spec, String collection) {
        String s = spec.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return new SolrTarget(List.of(), Optional.empty(), Arrays.asList(s.split(",")), collection);
        }
        int slash = s.indexOf('/');
        String hosts = slash < 0 ? s : s.substring(0, slash);
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(s.substring(slash));
        return new SolrTarget(Arrays.asList(hosts.split(",")), chroot, List.of(), collection);
    }

    /** A SolrJ cloud client for this target; credentials go on each request (see {@link SolrCredentials}). */
    public CloudSolrClient connect() {
        CloudHttp2SolrClient.Builder b = zkHosts.isEmpty()
                ? new CloudHttp2SolrClient.Builder(solrUrls)
                : new CloudHttp2SolrClient.Builder(zkHosts, zkChroot);
        return b.withDefaultCollection(collection).build();
    }
}
