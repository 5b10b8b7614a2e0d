package nl.patroon.indexer.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How an ingest runs: how many reads at once, how long one read may take, and how much memory a worker
 * process may use.
 *
 * @param threads      reads in parallel (and worker processes)
 * @param timeout      per read; a worker that takes longer is killed
 * @param workerHeapMb heap limit of each worker process
 * @param isolated     whether risky reads run in worker processes (off only for tests of the pipeline itself)
 * @param inProcess    sources trusted to run inside the ingest process (see {@link #runsInProcess})
 */
public record IngestOptions(int threads, Duration timeout, int workerHeapMb, boolean isolated, Set<String> inProcess) {
    /**
     * Chat exports are line-by-line pure-Java text parsing: no native code, no decompression, memory linear in
     * the file, which {@link #IN_PROCESS_MAX_BYTES} bounds. Running them in-process saves a round trip through
     * a worker for the bulk of a phone export.
     */
    public static final Set<String> TRUSTED_SOURCES = Set.of("whatsapp");
    public static final long IN_PROCESS_MAX_BYTES = 64L << 20;

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Objects.requireNonNull(timeout, "timeout");
        inProcess = Set.copyOf(inProcess);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(120), 512, true,
                TRUSTED_SOURCES);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, timeout, workerHeapMb, isolated, inProcess);
    }

    public IngestOptions withTimeout(Duration t) {
        return new IngestOptions(threads, t, workerHeapMb, isolated, inProcess);
    }

    public IngestOptions withWorkerHeapMb(int mb) {
        return new IngestOptions(threads, timeout, mb, isolated, inProcess);
    }

    boolean runsInProcess(String source, long size) {
        return !isolated || inProcess.contains(source) && size <= IN_PROCESS_MAX_BYTES;
    }
}
