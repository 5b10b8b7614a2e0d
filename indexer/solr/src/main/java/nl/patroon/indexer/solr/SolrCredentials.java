package nl.patroon.indexer.solr;

import java.util.Map;
import java.util.Objects;
import org.apache.solr.client.solrj.SolrRequest;

/**
 * A Solr user and password for HTTP basic authentication. The collection is never open: every request carries
 * them. Read from the environment (PATROON_SOLR_USER, PATROON_SOLR_PASSWORD), never from the command line, where
 * other users of the machine could read them in the process list.
 */
public record SolrCredentials(String user, String password) {
    public SolrCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static SolrCredentials fromEnvironment(Map<String, String> env) {
        String user = env.get("PATROON_SOLR_USER");
        String password = env.get("PATROON_SOLR_PASSWORD");
        if (user == null || user.isBlank() || password == null) {
            throw new IllegalArgumentException("Zet PATROON_SOLR_USER en PATROON_SOLR_PASSWORD: de gedeelde index is"
                    + " nooit open.");
        }
        return new SolrCredentials(user, password);
    }

    <R extends SolrRequest<?>> R on(R request) {
        request.setBasicAuthCredentials(user, password);
        return request;
    }

    @Override
    public String toString() {
        return "SolrCredentials[" + user + "]"; // never the password, in logs or messages
    }
}
