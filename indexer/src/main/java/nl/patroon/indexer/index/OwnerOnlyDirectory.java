package nl.patroon.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * Lucene's file system directory, with every file it writes made owner-only (0600), as the rest of a case
 * workspace. Lucene creates its files with the process's umask (0644 as a rule), and the index holds every passage
 * of the evidence in the clear. Each file is restricted as soon as Lucene has created it, before a byte is written;
 * the folder itself is already owner-only (0700), so no other user can open a file in the moment between.
 */
final class OwnerOnlyDirectory extends FilterDirectory {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dir;
    private final boolean posix;

    OwnerOnlyDirectory(FSDirectory in) {
        super(in);
        this.dir = in.getDirectory();
        this.posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        IndexOutput out = super.createOutput(name, context);
        restrict(out.getName());
        return out;
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        IndexOutput out = super.createTempOutput(prefix, suffix, context);
        restrict(out.getName());
        return out;
    }

    /** The lock file Lucene's lock factory makes on its own (not through {@link #createOutput}). */
    void restrictLock() throws IOException {
        restrict(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME);
    }

    private void restrict(String name) throws IOException {
        Path file = dir.resolve(name);
        if (posix && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
