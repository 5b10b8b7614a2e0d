package nl.patroon.core.port;

/**
 * The relational state of one case ({@code case.db}), one repository per aggregate. Every call of every
 * repository is serialised with the others, and {@link #inTransaction} holds that order for its whole work.
 */
public interface CaseStore extends AutoCloseable {
    EvidenceRepository evidence();

    IngestJournal journal();

    SuggestionRepository suggestions();

    CaseMeta meta();

    /** Runs the work in one transaction: all of it lands, or none. */
    void inTransaction(Runnable work);

    @Override
    void close();
}
