package nl.patroon.indexer.casedb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.port.CaseMeta;
import nl.patroon.core.port.CaseStore;
import nl.patroon.core.port.EvidenceRepository;
import nl.patroon.core.port.IngestJournal;
import nl.patroon.core.port.SuggestionRepository;

/**
 * {@code case.db}: the relational state of a case that grows or changes often. SQLite transactions make a crash
 * harmless and a review action O(1). This class owns the one connection, the schema and the transactions; each
 * aggregate's SQL is in its own repository, and every repository call is serialised on this object (one
 * connection), as is a whole transaction.
 */
public final class SqliteCaseStore implements CaseStore {
    private static final int SCHEMA_VERSION = 1;
    private final Connection connection;
    private final SqliteEvidenceRepository evidence;
    private final SqliteIngestJournal journal;
    private final SqliteSuggestionRepository suggestions;
    private final SqliteCaseMeta meta;

    private SqliteCaseStore(Connection connection) {
        this.connection = connection;
        this.evidence = new SqliteEvidenceRepository(this);
        this.meta = new SqliteCaseMeta(this);
        this.journal = new SqliteIngestJournal(this, meta);
        this.suggestions = new SqliteSuggestionRepository(this);
    }

    public static SqliteCaseStore open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                CaseSchema.create(s, SCHEMA_VERSION);
            }
            return new SqliteCaseStore(c);
        } catch (SQLException e) {
            throw new CaseStorageException("case.db kan niet worden geopend: " + file, e);
        }
    }

    @Override
    public EvidenceRepository evidence() {
        return evidence;
    }

    @Override
    public IngestJournal journal() {
        return journal;
    }

    @Override
    public SuggestionRepository suggestions() {
        return suggestions;
    }

    @Override
    public CaseMeta meta() {
        return meta;
    }

    /** The connection, for the repositories; they use it only while holding this object's lock. */
    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void inTransaction(Runnable work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: transactie mislukt", e);
        }
    }

    /** The next sequence number of a table; the caller holds this object's lock. */
    long nextSeq(String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CaseStorageException("case.db: sluiten mislukt", e);
        }
    }
}
