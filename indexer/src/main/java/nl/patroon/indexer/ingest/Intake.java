package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.store.EvidenceStore;
import nl.patroon.core.evidence.StoredOriginal;

/**
 * The intake stage: the walk's top-level files, each stored (copied, SHA-256) and typed. Storing and typing depend on
 * nothing but a file's bytes, so they run up to {@value #AHEAD} files ahead of the walk on threads of their own: on the
 * walk thread alone, storing and typing every file made it the bottleneck during the e-mails (two cores 1.7 busy, the
 * workers idle half the time). The walk takes the results in walk order.
 */
final class Intake implements AutoCloseable {
    /** How many top-level files are stored and typed ahead of the walk: enough to keep both cores busy, few bytes. */
    static final int AHEAD = 8;

    /**
     * A top-level file stored and typed ahead of the walk; {@code failure} when it could not be stored, {@code custody}
     * and {@code head} null when they could not be read.
     */
    record Prepared(StoredOriginal original, Instant modified, Map<String, String> custody, String mediaType,
                    byte[] head, String failure) {
    }

    /** Receives each top-level file, in walk order, with what was prepared for it (null when it needs no storing). */
    interface Walker {
        void topLevel(InputFile file, Prepared prepared) throws IOException;
    }

    private final EvidenceStore store;
    private final ExecutorService ahead;

    Intake(EvidenceStore store, int threads) {
        this.store = store;
        this.ahead = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "patroon-ingest-ahead");
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands every file to {@code walker} in walk order, storing and typing those that {@code needsStoring} ahead. */
    void walk(List<InputFile> files, Predicate<InputFile> needsStoring, Walker walker) throws IOException {
        Deque<Future<Prepared>> prepared = new ArrayDeque<>();
        int next = 0;
        for (InputFile f : files) {
            for (; next < files.size() && prepared.size() < AHEAD; next++) {
                InputFile upcoming = files.get(next);
                prepared.add(needsStoring.test(upcoming)
                        ? ahead.submit(() -> prepare(upcoming)) : CompletableFuture.completedFuture(null));
            }
            walker.topLevel(f, await(prepared.poll()));
        }
    }

    /**
     * Runs ahead of the walk, on another thread: stores the file (hash and copy), reads its timestamps and detects its
     * type. Touches no state of the run; the walk applies the result in walk order.
     */
    private Prepared prepare(InputFile f) {
        StoredOriginal original;
        try {
            original = store.put(f.path());
        } catch (IOException | UncheckedIOException e) {
            return new Prepared(null, null, null, null, null, "onleesbaar: " + TikaExtraction.rootMessage(e));
        }
        Instant modified = null;
        Map<String, String> timestamps = null;
        try {
            var attrs = Files.readAttributes(f.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            modified = attrs.lastModifiedTime().toInstant();
            // Custody: the original's own timestamps as the file system gave them at intake. (The access
            // time is not kept: reading the file to hash it has just changed it.)
            timestamps = Map.of(
                    "origineel.gewijzigd", attrs.lastModifiedTime().toInstant().toString(),
                    "origineel.aangemaakt", attrs.creationTime().toInstant().toString());
        } catch (IOException ignored) {
            // the timestamps are custody detail, not a reason to fail the file
        }
        String name = f.path().getFileName().toString();
        byte[] head;
        try {
            head = head(original.file());
        } catch (IOException e) {
            head = null; // the walk reads it again and meets the error itself
        }
        return new Prepared(original, modified, timestamps, TikaExtraction.get().detect(original.file(), name),
                head, null);
    }

    private static Prepared await(Future<Prepared> prepared) throws IOException {
        try {
            return prepared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("ingest onderbroken");
        } catch (ExecutionException e) {
            throw new IOException("interne fout bij innemen: " + TikaExtraction.rootMessage(e), e.getCause());
        }
    }

    /** The first bytes of a stored original, for cheap sniffing by the sources. */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(8192);
            return Arrays.copyOf(buf, buf.length);
        }
    }

    @Override
    public void close() {
        ahead.shutdownNow();
    }
}
