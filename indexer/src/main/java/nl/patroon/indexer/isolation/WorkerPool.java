package nl.patroon.indexer.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.patroon.core.json.Json;
import nl.patroon.core.passage.Passage;

/**
 * A pool of {@link ParseWorker} processes. Each read gets a worker to itself and a deadline; a worker that
 * misses the deadline is killed, a worker that dies (OutOfMemoryError, native crash) is replaced, and the
 * read is tried once more on a fresh worker before it is given up as failed. Thread-safe.
 */
public final class WorkerPool implements AutoCloseable {
    /** Exit status of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OOM_EXIT = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final int ATTEMPTS = 2;

    private final WorkerCommand command;
    private final Duration timeout;
    private final int heapMb;
    private final BlockingQueue<Slot> idle;
    private final ScheduledExecutorService watchdog;
    private final List<Worker> all = new ArrayList<>();
    private volatile boolean closed;

    public WorkerPool(WorkerCommand command, int size, Duration timeout, int heapMb) {
        this.command = command;
        this.timeout = timeout;
        this.heapMb = heapMb;
        this.idle = new LinkedBlockingQueue<>();
        for (int i = 0; i < size; i++) {
            idle.add(new Slot(null)); // workers start lazily, on first use
        }
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "patroon-worker-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads one item in a worker; never throws for what the item does to the worker. */
    public WorkerOutcome read(ParseRequest request) throws InterruptedException {
        String lastProblem = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Slot slot = idle.take();
            Worker w = slot.worker();
            boolean ready = false;
            try {
                if (w == null || !w.process.isAlive()) {
                    w = null;
                    w = start();
                }
                ready = true;
                Attempt a = w.read(request);
                if (a.outcome() != null) {
                    idle.add(new Slot(w));
                    return a.outcome();
                }
                lastProblem = a.problem();
                w.kill();
                idle.add(new Slot(null));
            } catch (IOException e) {
                if (w != null) {
                    w.kill();
                }
                idle.add(new Slot(null));
                lastProblem = (ready ? "werkproces gaf een onleesbaar antwoord: " : "werkproces kon niet starten: ")
                        + e.getMessage();
            }
        }
        return new WorkerOutcome.GaveUp(lastProblem, ATTEMPTS);
    }

    private Worker start() throws IOException {
        if (closed) {
            throw new IOException("pool gesloten");
        }
        ProcessBuilder pb = new ProcessBuilder(command.command())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // Tesseract spawns a thread per core per process; with a process per core that only thrashes.
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        Worker w = new Worker(p);
        synchronized (all) {
            all.add(w);
        }
        String ready = w.awaitReady();
        if (!ParseWorker.READY.equals(ready)) {
            w.kill();
            throw new IOException("geen startsignaal (" + (ready == null ? "proces gestopt" : ready) + ")");
        }
        return w;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            for (Worker w : all) {
                w.stop();
            }
        }
        watchdog.shutdownNow();
    }

    private record Slot(Worker worker) {
    }

    /** How one attempt ended: the worker's answer, or why the worker is lost. */
    private record Attempt(WorkerOutcome outcome, String problem) {
    }

    private final class Worker {
        final Process process;
        final BufferedWriter in;
        final BufferedReader out;
        final ObjectMapper json = Json.mapper();

        Worker(Process process) {
            this.process = process;
            this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8),
                    1 << 16);
        }

        String awaitReady() throws IOException {
            AtomicBoolean late = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                late.set(true);
                process.destroyForcibly();
            }, START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            try {
                // JVM options such as JFR may print banners first; the protocol starts at the first JSON line.
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("{")) {
                        return late.get() ? null : line;
                    }
                }
                return null;
            } finally {
                kill.cancel(false);
            }
        }

        Attempt read(ParseRequest request) throws IOException {
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                timedOut.set(true);
                process.destroyForcibly();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                try {
                    in.write(json.writeValueAsString(request));
                    in.write('\n');
                    in.flush();
                } catch (IOException e) {
                    return lost(timedOut, null);
                }
                List<Passage> passages = new ArrayList<>();
                String noise = null;
                for (String line; ; ) {
                    try {
                        line = out.readLine();
                    } catch (IOException e) {
                        line = null;
                    }
                    if (line == null) {
                        return lost(timedOut, noise);
                    }
                    if (!line.startsWith("{")) {
                        // The JVM itself writes to stdout when it dies ("Terminating due to ... OutOfMemoryError").
                        noise = line;
                        continue;
                    }
                    ParseReply reply = json.readValue(line, ParseReply.class);
                    if (reply.end()) {
                        return new Attempt(reply.toOutcome(passages), null);
                    }
                    passages.add(reply.passage());
                }
            } finally {
                kill.cancel(false);
            }
        }

        private Attempt lost(AtomicBoolean timedOut, String noise) {
            if (timedOut.get()) {
                return new Attempt(null, "time-out na " + timeout.toSeconds() + " s: werkproces vastgelopen en gestopt");
            }
            int exit;
            try {
                exit = process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exit = -1;
            }
            if (exit == OOM_EXIT || noise != null && noise.contains("OutOfMemoryError")) {
                return new Attempt(null, "werkproces gecrasht: geheugenlimiet van " + heapMb
                        + " MB overschreden (OutOfMemoryError; meer geheugen per werkproces: --worker-memory)");
            }
            return new Attempt(null, "werkproces vastgelopen of gecrasht (afsluitcode " + exit + ")");
        }

        /** Ends an idle worker politely (end of input), so it can flush diagnostics; forcibly if it lingers. */
        void stop() {
            try {
                in.close();
                // Writing a class-data archive at exit (the launcher's training run) takes a few seconds.
                process.waitFor(command.recordsArchive() ? 120 : 2, TimeUnit.SECONDS);
            } catch (IOException e) {
                // already gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kill();
        }

        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
