/**
 * The application layer: one class per thing a user does, each taking a request record and returning a result
 * record, in plain Java (no Spring). The shell's commands and the {@code patroon} script go through these; the
 * shell only parses options and formats results.
 *
 * <p>{@link nl.patroon.app.Adapters} is the composition root: the one place that picks the implementations of the
 * core's ports (SQLite case store, Lucene index and search, the evidence store, the rule detector) for a case.
 * {@link nl.patroon.app.Settings} is the configuration, read once at start-up.
 *
 * <p>Rooms: {@code casefile} (case and parties, author mapping), {@code ingest} (ingest, re-detection),
 * {@code evidence}, {@code search} (search, classify), {@code export} (the timeline), {@code verify},
 * {@code demo}; and, still empty, {@code review}, {@code incidents}, {@code analyse}, {@code publish}
 * (see docs/ARCHITECTURE.md).
 */
package nl.patroon.app;
