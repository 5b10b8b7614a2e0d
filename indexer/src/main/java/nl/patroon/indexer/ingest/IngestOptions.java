package nl.patroon.indexer.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import nl.patroon.indexer.isolation.WorkerJvm;

/**
 * How an ingest runs: how many reads at once, how long one read may take, how much memory a worker process may use,
 * how often a commit point falls and how worker JVMs start. Settings a user or the launcher gives as system properties
 * are read once, by the caller ({@link #fromSystemProperties}); the ingest itself reads none.
 *
 * @param threads      reads in parallel (and worker processes)
 * @param timeout      per read; a worker that takes longer is killed
 * @param workerHeapMb heap limit of each worker process
 * @param isolated     whether risky reads run in worker processes (off only for tests of the pipeline itself)
 * @param inProcess    sources trusted to run inside the ingest process (see {@link #runsInProcess})
 * @param commitEvery  how often a commit point falls
 * @param workerJvm    class-data sharing and extra options for the worker JVMs
 */
public record IngestOptions(int threads, Duration timeout, int workerHeapMb, boolean isolated, Set<String> inProcess,
                            CommitEvery commitEvery, WorkerJvm workerJvm) {
    /**
     * Chat exports are line-by-line pure-Java text parsing: no native code, no decompression, memory linear in
     * the file, which {@link #IN_PROCESS_MAX_BYTES} bounds. Running them in-process saves a round trip through
     * a worker for the bulk of a phone export.
     */
    public static final Set<String> TRUSTED_SOURCES = Set.of("whatsapp");
    public static final long IN_PROCESS_MAX_BYTES = 64L << 20;

    /**
     * Commit points: every {@code files} items or {@code millis}, whichever comes first. A crash costs at most that
     * much work again; each commit costs a flush of every indexing buffer, an fsync and small segments to merge later
     * (with 256 items / 10 s the default corpus took 3-6% more CPU).
     */
    public record CommitEvery(int files, long millis) {
        public static final CommitEvery DEFAULT = new CommitEvery(1024, 30_000);
        /** {@code -Dpatroon.commit.files} and {@code -Dpatroon.commit.millis} (the kill test commits more often). */
        public static final String FILES = "patroon.commit.files";
        public static final String MILLIS = "patroon.commit.millis";

        public CommitEvery {
            if (files < 1 || millis < 0) {
                throw new IllegalArgumentException("commit points need at least 1 file and 0 ms");
            }
        }
    }

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(timeout, "timeout");
        inProcess = Set.copyOf(inProcess);
        Objects.requireNonNull(commitEvery, "commitEvery");
        Objects.requireNonNull(workerJvm, "workerJvm");
    }

    /** The built-in defaults; no system property is read. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(120), 512, true,
                TRUSTED_SOURCES, CommitEvery.DEFAULT, WorkerJvm.PLAIN);
    }

    /**
     * The defaults with what this JVM was started with: {@value CommitEvery#FILES}, {@value CommitEvery#MILLIS}, and
     * the worker JVM settings of {@link WorkerJvm#fromEnvironment} ({@code patroon.worker.cds},
     * {@code patroon.worker.cds.record}, {@code PATROON_WORKER_JAVA_OPTS}).
     */
    public static IngestOptions fromSystemProperties() {
        IngestOptions d = defaults();
        return new IngestOptions(d.threads, d.timeout, d.workerHeapMb, d.isolated, d.inProcess,
                new CommitEvery(Integer.getInteger(CommitEvery.FILES, CommitEvery.DEFAULT.files()),
                        Long.getLong(CommitEvery.MILLIS, CommitEvery.DEFAULT.millis())),
                WorkerJvm.fromEnvironment());
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, timeout, workerHeapMb, isolated, inProcess, commitEvery, workerJvm);
    }

    public IngestOptions withTimeout(Duration t) {
        return new IngestOptions(threads, t, workerHeapMb, isolated, inProcess, commitEvery, workerJvm);
    }

    public IngestOptions withWorkerHeapMb(int mb) {
        return new IngestOptions(threads, timeout, mb, isolated, inProcess, commitEvery, workerJvm);
    }

    public IngestOptions withCommitEvery(CommitEvery c) {
        return new IngestOptions(threads, timeout, workerHeapMb, isolated, inProcess, c, workerJvm);
    }

    boolean runsInProcess(String source, long size) {
        return !isolated || inProcess.contains(source) && size <= IN_PROCESS_MAX_BYTES;
    }
}
