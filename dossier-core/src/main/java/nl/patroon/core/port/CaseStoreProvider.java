package nl.patroon.core.port;

import java.nio.file.Path;
import java.util.ServiceLoader;
import nl.patroon.core.casefile.CaseStorageException;

/**
 * Opens a case's {@link CaseStore} from its file. The implementation (SQLite, in the indexer module) is found
 * through {@link ServiceLoader}, so the core names no database while every opener of a case gets the same one.
 */
public interface CaseStoreProvider {
    /** Opens, or creates and migrates, the store in {@code file}; the file exists (owner-only) already. */
    CaseStore open(Path file);

    /** The one provider on the class path. */
    static CaseStoreProvider onClassPath() {
        return ServiceLoader.load(CaseStoreProvider.class, CaseStoreProvider.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new CaseStorageException(
                        "Geen opslag voor case.db gevonden (de indexer-module ontbreekt op het klassenpad)", null));
    }
}
