package nl.patroon.indexer.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real two-node SolrCloud in this JVM (embedded ZooKeeper, loopback only), with basic authentication and
 * rule-based authorisation on, as docs/DEPLOY.md sets them up: started once for all test classes that use it and
 * shut down when the test run ends. The collection has one shard with two replicas, one per node.
 */
final class SolrCluster implements BeforeAllCallback {
    static final SolrCredentials ADMIN = new SolrCredentials("beheerder", "beheer-geheim");
    static final SolrCredentials PUBLISHER = new SolrCredentials("publicatie", "publiceer-geheim");
    static final SolrCredentials DETECTIVE_A = new SolrCredentials("rechercheur-a", "a-geheim");
    static final SolrCredentials DETECTIVE_B = new SolrCredentials("rechercheur-b", "b-geheim");
    static final SolrCredentials DETECTIVE_BOTH = new SolrCredentials("rechercheur-landelijk", "landelijk-geheim");
    static final SolrCredentials NOBODY = new SolrCredentials("zonder-label", "geen-geheim");
    static final AccessLabel LABEL_A = new AccessLabel("oost-brabant");
    static final AccessLabel LABEL_B = new AccessLabel("zeeland-west");
    /** The contract suite's own label, so its cases never show in the other tests' label-wide searches. */
    static final AccessLabel LABEL_CONTRACT = new AccessLabel("contract-test");
    static final String COLLECTION = "patroon";

    private static MiniSolrCloudCluster cluster;

    static MiniSolrCloudCluster cluster() {
        return cluster;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SolrCluster.class) {
            if (cluster != null) {
                return;
            }
            cluster = start(Files.createTempDirectory("patroon-solrcloud"));
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("patroon-solrcloud",
                    (ExtensionContext.Store.CloseableResource) () -> cluster.shutdown());
        }
    }

    /** Starts the cluster, installs the collection (1 shard, 2 replicas) and opens both labels to their users. */
    static MiniSolrCloudCluster start(Path dir) throws Exception {
        MiniSolrCloudCluster c = new MiniSolrCloudCluster.Builder(2, dir).withSecurityJson(securityJson()).build();
        SharedCollection admin = new SharedCollection(c.getSolrClient(), ADMIN, COLLECTION);
        admin.install(1, 2);
        c.waitForActiveCollection(COLLECTION, 1, 2);
        admin.grantLabel(LABEL_A);
        admin.grantLabel(LABEL_B);
        admin.grantLabel(LABEL_CONTRACT);
        admin.assignLabels(DETECTIVE_A.user(), List.of(LABEL_A));
        admin.assignLabels(DETECTIVE_B.user(), List.of(LABEL_B));
        admin.assignLabels(DETECTIVE_BOTH.user(), List.of(LABEL_A, LABEL_B, LABEL_CONTRACT));
        return c;
    }

    /** docs/DEPLOY.md's security.json: nothing open, users and roles, the admin-only catch-all last. */
    static String securityJson() throws Exception {
        return """
            {"authentication":{"class":"solr.BasicAuthPlugin","blockUnknown":true,"credentials":{
               "%s":"%s","%s":"%s","%s":"%s","%s":"%s","%s":"%s","%s":"%s"}},
             "authorization":{"class":"solr.RuleBasedAuthorizationPlugin",
               "user-role":{"%s":["admin"],"%s":["publisher"]},
               "permissions":[
                 {"name":"security-edit","role":"admin"},{"name":"security-read","role":"admin"},
                 {"name":"config-edit","role":"admin"},{"name":"config-read","role":"admin"},
                 {"name":"collection-admin-edit","role":"admin"},
                 {"name":"update","role":["publisher","admin"]},
                 {"name":"all","role":"admin"}]}}
            """.formatted(
                ADMIN.user(), hash(ADMIN), PUBLISHER.user(), hash(PUBLISHER), DETECTIVE_A.user(), hash(DETECTIVE_A),
                DETECTIVE_B.user(), hash(DETECTIVE_B), DETECTIVE_BOTH.user(), hash(DETECTIVE_BOTH), NOBODY.user(),
                hash(NOBODY), ADMIN.user(), PUBLISHER.user());
    }

    private static String hash(SolrCredentials c) {
        return Sha256AuthenticationProvider.getSaltedHashedValue(c.password());
    }
}
