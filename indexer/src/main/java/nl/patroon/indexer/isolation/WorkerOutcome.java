package nl.patroon.indexer.isolation;

import nl.patroon.indexer.source.SourceResult;

/**
 * How a read asked of a worker ended: the worker answered (the source read the item, or found it unreadable), the
 * worker could not split off the parts it was asked for, or the pool gave up on the item because it killed or hung its
 * worker on every attempt. The last two are about the worker, not the item's text: a smaller read may still succeed.
 */
public sealed interface WorkerOutcome {

    /** What an ordinary read (no parts asked for) tells the ingest about the item. */
    SourceResult asRead();

    /** The worker read the item; the result is the source's own (read, skipped or failed). */
    record Answered(SourceResult result) implements WorkerOutcome {
        @Override
        public SourceResult asRead() {
            return result;
        }
    }

    /** The parts asked for ({@link ParseRequest#withParts}) could not be split off or written; the item may be fine. */
    record PartsNotSplit(String why) implements WorkerOutcome {
        @Override
        public SourceResult asRead() {
            return new SourceResult.Failed("bijlagen uitpakken mislukt: " + why);
        }
    }

    /** The item killed or hung its worker on each of {@code attempts} attempts; {@code problem} says how, last time. */
    record GaveUp(String problem, int attempts) implements WorkerOutcome {
        /** The reason shown to the user. */
        public String reason() {
            return problem + " (" + attempts + " pogingen)";
        }

        @Override
        public SourceResult asRead() {
            return new SourceResult.Failed(reason());
        }
    }
}
