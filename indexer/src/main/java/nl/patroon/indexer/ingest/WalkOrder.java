package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import nl.patroon.indexer.extract.TikaExtraction;

/**
 * Items end in walk order: reads may finish out of order, their ends are applied in the order the walk met the items.
 * Back-pressure: when more than {@code window} ends wait, the walk waits for the oldest, so memory stays bounded
 * whatever the size of the batch. Ends hold no passages (already indexed), so the window can be wide enough that one
 * slow file does not leave the other workers idle behind it. Confined to the walk thread.
 */
final class WalkOrder {
    /** Receives each end, in walk order. */
    interface Apply {
        void apply(ItemEnd end) throws IOException;
    }

    private final Deque<Future<ItemEnd>> inFlight = new ArrayDeque<>();
    private final int window;
    private final Apply apply;

    WalkOrder(int window, Apply apply) {
        this.window = window;
        this.apply = apply;
    }

    void add(ItemEnd end) throws IOException {
        add(CompletableFuture.completedFuture(end));
    }

    void add(Future<ItemEnd> end) throws IOException {
        inFlight.add(end);
        drain(false);
    }

    /** Applies the finished ends at the head; {@code all}: waits for every end (the walk is over). */
    void drain(boolean all) throws IOException {
        while (!inFlight.isEmpty()) {
            Future<ItemEnd> head = inFlight.peek();
            if (!head.isDone() && !all && inFlight.size() <= window) {
                return;
            }
            ItemEnd end;
            try {
                end = head.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("ingest onderbroken", e);
            } catch (ExecutionException e) {
                throw new IOException("interne fout bij lezen: " + TikaExtraction.rootMessage(e), e.getCause());
            }
            inFlight.poll();
            apply.apply(end);
        }
    }
}
