package nl.patroon.shell.support;

import java.io.PrintStream;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.core.evidence.IngestOutcome;

/**
 * The progress of a long ingest. On a terminal a bar redrawn in place four times a second: files done of the
 * inputs, files/s, MB/s and the time left (by bytes of the inputs read so far). Into a log or a pipe a plain line
 * every ten seconds, no carriage returns and no colour.
 */
public final class ProgressBar implements Ingest.Progress {
    private static final int WIDTH = 24;
    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start;
    private int total;
    private long totalBytes;
    private int done;
    private long bytes;
    private long topLevelBytes;
    private int topLevelDone;
    private long lastPrint;
    private boolean drawn;

    public ProgressBar(PrintStream out) {
        this(out, System.console() != null, System.nanoTime());
    }

    ProgressBar(PrintStream out, boolean terminal, long startNanos) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 250_000_000L : 10_000_000_000L;
        this.start = startNanos;
        this.lastPrint = startNanos;
    }

    @Override
    public synchronized void started(int files, long totalBytes) {
        this.total = files;
        this.totalBytes = totalBytes;
    }

    @Override
    public synchronized void finished(IngestOutcome outcome, long size) {
        finished(outcome, size, System.nanoTime());
    }

    synchronized void finished(IngestOutcome outcome, long size, long now) {
        done++;
        bytes += size;
        if (!outcome.path().contains("!/")) { // an archive member or attachment is counted in its container
            topLevelBytes += size;
            topLevelDone++;
        }
        if (now - lastPrint > intervalNanos) {
            lastPrint = now;
            out.print(line(now));
            out.flush();
            drawn = true;
        }
    }

    /** Ends a bar drawn in place, so that the summary starts on a line of its own. */
    public synchronized void close() {
        if (terminal && drawn) {
            out.println();
        }
    }

    String line(long now) {
        double secs = Math.max(0.001, (now - start) / 1e9);
        String figures = Messages.get("progress.line", done, topLevelDone, total, done / secs, bytes / secs / 1e6,
                timeLeft(secs));
        if (!terminal) {
            return figures + System.lineSeparator();
        }
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, (long) WIDTH * topLevelDone / total);
        return "\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + figures + "   ";
    }

    private String timeLeft(double secs) {
        if (topLevelBytes <= 0 || totalBytes <= 0) {
            return Messages.get("progress.left.unknown");
        }
        long left = Math.round(secs * Math.max(0, totalBytes - topLevelBytes) / topLevelBytes);
        return Messages.get("progress.left", left / 60, String.format("%02d", left % 60));
    }
}
