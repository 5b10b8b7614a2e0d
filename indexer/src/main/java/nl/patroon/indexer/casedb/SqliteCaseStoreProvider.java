package nl.patroon.indexer.casedb;

import java.nio.file.Path;
import nl.patroon.core.port.CaseStore;
import nl.patroon.core.port.CaseStoreProvider;

/** Registered for {@link java.util.ServiceLoader}: {@code case.db} is a SQLite file. */
public final class SqliteCaseStoreProvider implements CaseStoreProvider {
    @Override
    public CaseStore open(Path file) {
        return SqliteCaseStore.open(file);
    }
}
