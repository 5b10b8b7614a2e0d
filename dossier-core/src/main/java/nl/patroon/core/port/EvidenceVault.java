package nl.patroon.core.port;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import nl.patroon.core.evidence.StoredOriginal;

/**
 * Where originals are kept: stored once by their SHA-256 (computed while copying), read-only, never changed.
 */
public interface EvidenceVault {
    /** Stores the bytes (a duplicate is recognised by its hash and not stored twice). */
    StoredOriginal put(InputStream in) throws IOException;

    StoredOriginal put(Path source) throws IOException;

    /** Opens a stored original for reading. */
    InputStream open(String sha256) throws IOException;
}
