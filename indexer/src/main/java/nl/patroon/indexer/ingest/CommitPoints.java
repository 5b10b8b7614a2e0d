package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.index.PassageIndexWriter;

/**
 * The commit stage: item ends, applied in walk order, become durable together at a commit point (Lucene's commit, then
 * one SQLite transaction with the journal, end states, suggestions and metadata), and then get their audit lines.
 * Confined to the walk thread; Lucene's commit runs on {@code committer}.
 */
final class CommitPoints {
    private final CaseWorkspace workspace;
    private final String runId;
    private final PassageIndexWriter writer;
    private final ExecutorService committer;
    private final ExecutorService readers;
    private final int threads;
    private final IngestOptions.CommitEvery every;
    private final Clock clock;
    private final List<ItemEnd> uncommitted = new ArrayList<>();
    private int journalled;
    private long lastCommit;

    /**
     * @param committer runs Lucene's half of each commit point, beside the journal's
     * @param readers   the reader threads, idle at the last commit point, which write Lucene's buffers out side by side
     */
    CommitPoints(CaseWorkspace workspace, String runId, PassageIndexWriter writer, ExecutorService committer,
                 ExecutorService readers, int threads, IngestOptions.CommitEvery every, Clock clock) {
        this.workspace = workspace;
        this.runId = runId;
        this.writer = writer;
        this.committer = committer;
        this.readers = readers;
        this.threads = threads;
        this.every = every;
        this.clock = clock;
        this.lastCommit = clock.millis();
    }

    void add(ItemEnd end) {
        uncommitted.add(end);
    }

    /**
     * A commit point: every {@code every.files()} items or {@code every.millis()}, and once more at the end
     * ({@code last}: the walk and every read are done). Lucene's commit runs on its own thread while this one writes
     * the journal's rows in one SQLite transaction, which commits only after Lucene's commit has returned: an item is
     * never journalled as done before its passages are durable, and if either fails the transaction rolls back and a
     * re-run reads the items again ({@code IndexCommitFailureTest}). Side by side because at the end, Lucene's flush of
     * the last indexing buffers (on the idle reader threads) and the journal's rows, most of the chats' suggestions
     * among them, were each about half a second on one core, one after the other.
     */
    void maybeCommit(boolean last) throws IOException {
        if (uncommitted.isEmpty()
                || !last && uncommitted.size() < every.files() && clock.millis() - lastCommit < every.millis()) {
            return;
        }
        Future<Void> index = committer.submit(() -> {
            if (last) {
                writer.flushBuffers(readers, threads);
            }
            writer.commit();
            return null;
        });
        int base = journalled;
        try {
            workspace.inTransaction(() -> {
                for (int i = 0; i < uncommitted.size(); i++) {
                    ItemEnd c = uncommitted.get(i);
                    workspace.journal().journal(runId, base + i + 1, c.outcome());
                    if (c.evidence() == null) {
                        continue;
                    }
                    IngestState status = c.outcome().state();
                    workspace.evidence().completeEvidence(c.evidence().id(), status, c.outcome().reason(), c.outcome().passages(),
                            c.kind(), c.mediaType());
                    workspace.suggestions().replaceOpenSuggestions(c.evidence().id(), c.suggestions());
                    if (!c.metadata().isEmpty()) {
                        workspace.evidence().putEvidenceMetadata(c.evidence().id(), c.metadata());
                    }
                }
                awaitIndexCommit(index);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            awaitQuietly(index); // never leave Lucene's commit running behind a failed transaction
        }
        for (ItemEnd c : uncommitted) {
            workspace.appendAudit("ingest.file", auditLine(c));
        }
        workspace.flushAudit();
        journalled += uncommitted.size();
        uncommitted.clear();
        lastCommit = clock.millis();
    }

    private static Map<String, Object> auditLine(ItemEnd c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("path", c.outcome().path());
        details.put("state", c.outcome().state().code());
        if (c.outcome().sha256() != null) {
            details.put("sha256", c.outcome().sha256());
        }
        if (c.outcome().evidence() != null) {
            details.put("evidence", c.outcome().evidence());
        }
        if (c.outcome().reason() != null) {
            details.put("reason", c.outcome().reason());
        }
        if (c.evidence() != null) {
            details.put("parent", c.evidence().parentId() == null ? "" : c.evidence().parentId());
        }
        return details;
    }

    /** In the journal's transaction: waits for Lucene's commit; its failure rolls the transaction back. */
    private static void awaitIndexCommit(Future<Void> index) {
        try {
            index.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("ingest onderbroken bij vastleggen"));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : new IllegalStateException("index vastleggen mislukt: " + TikaExtraction.rootMessage(e),
                    e.getCause());
        }
    }

    private static void awaitQuietly(Future<Void> index) {
        boolean interrupted = false;
        while (true) {
            try {
                index.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // reported by awaitIndexCommit, or superseded by the journal's own failure
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
