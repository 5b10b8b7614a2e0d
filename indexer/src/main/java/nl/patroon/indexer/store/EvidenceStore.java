package nl.patroon.indexer.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.StoredOriginal;
import nl.patroon.core.port.EvidenceVault;

/**
 * Keeps originals bit-exact, named by their SHA-256, read-only. The bytes are hashed while they are copied
 * (one read of the source), and the copy only gets its final name once complete: a crash leaves at most a
 * temp file, never a half original under a hash name.
 */
public final class EvidenceStore implements EvidenceVault {
    private static final int BUFFER = 1 << 16;
    private final Path dir;

    public EvidenceStore(Path dir) {
        this.dir = dir;
    }

    /** Copies and hashes the stream. Never modifies the source. */
    @Override
    public StoredOriginal put(InputStream in) throws IOException {
        Path tmp = Files.createTempFile(dir, ".incoming-", ".part");
        long size = 0;
        MessageDigest digest = Sha256.bulkDigest();
        try {
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                byte[] buf = new byte[BUFFER];
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    size += n;
                }
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = fileFor(sha);
            if (Files.exists(target)) {
                Files.delete(tmp);
                return new StoredOriginal(sha, size, target, false);
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException e) {
                Files.delete(tmp);
                return new StoredOriginal(sha, size, target, false);
            }
            makeReadOnly(target);
            return new StoredOriginal(sha, size, target, true);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public StoredOriginal put(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return put(in);
        }
    }

    /**
     * A new, empty, owner-only folder inside the store for files on their way in (an e-mail's attachments written by a
     * worker). Its name starts like the store's other temporary files, which {@code patroon verify} knows are not
     * originals; the caller deletes it with {@link #deleteIncoming}.
     */
    public Path newIncomingDirectory() throws IOException {
        return Files.createTempDirectory(dir, ".incoming-parts-"); // owner-only on POSIX, as every temp file Java makes
    }

    /** Deletes a folder made by {@link #newIncomingDirectory()} and the files in it. */
    public static void deleteIncoming(Path incoming) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(incoming)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(incoming);
    }

    /**
     * Removes what an interrupted ingest left on its way in: temporary copies ({@code .incoming-….part}) and folders
     * of attachments ({@code .incoming-parts-…}). Never an original, which is named by its hash. Only for an ingest
     * that holds the case's index (Lucene's write lock: one ingest per case), so no running ingest's files are taken.
     *
     * @return how many files and folders were removed
     */
    public int removeLeftovers() throws IOException {
        int removed = 0;
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().startsWith(".incoming-")) {
                    continue;
                }
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    deleteIncoming(p);
                } else {
                    Files.deleteIfExists(p);
                }
                removed++;
            }
        }
        return removed;
    }

    public Path fileFor(String sha256) {
        return dir.resolve(sha256);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(fileFor(sha256));
    }

    private static void makeReadOnly(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--------"));
        } else {
            p.toFile().setReadOnly();
        }
    }

    /** For new stores; the folder is created owner-only. */
    public static EvidenceStore in(CaseWorkspace ws) throws IOException {
        CaseWorkspace.createPrivateDirectory(ws.evidenceDir());
        return new EvidenceStore(ws.evidenceDir());
    }
}
