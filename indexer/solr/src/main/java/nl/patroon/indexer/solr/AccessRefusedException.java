package nl.patroon.indexer.solr;

import org.apache.solr.common.SolrException;

/** Solr refused the caller (401 or 403): the label is not one it holds, or its credentials are wrong. */
public final class AccessRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccessRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether Solr refused the request. A refusal can arrive wrapped: the load-balancing client tries every replica,
     * then reports "no live servers" with the last replica's error page as its cause.
     */
    static boolean isRefusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SolrException e && (e.code() == 401 || e.code() == 403)) {
                return true;
            }
            String m = c.getMessage();
            if (m != null && (m.contains("Error 403 ") || m.contains("Error 401 "))) {
                return true;
            }
        }
        return false;
    }
}
