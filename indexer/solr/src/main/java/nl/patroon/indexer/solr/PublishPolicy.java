package nl.patroon.indexer.solr;

/**
 * What a case allows to leave it for the shared collection. Parties, confirmed incidents and orders are what the
 * prior-history lookup needs; passages (the messages and report text themselves) only when the case's owner says
 * so, as they carry the most private detail.
 */
public record PublishPolicy(boolean parties, boolean passages, boolean incidents, boolean orders) {
    /** The default: everything but the passages' text. */
    public static final PublishPolicy DEFAULT = new PublishPolicy(true, false, true, true);
    public static final PublishPolicy EVERYTHING = new PublishPolicy(true, true, true, true);
}
