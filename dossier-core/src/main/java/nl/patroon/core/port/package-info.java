/**
 * The ports: what the application layer needs from the outside, as plain interfaces over core types.
 *
 * <p>The case's relational state is one repository per aggregate, reached through {@link
 * nl.patroon.core.port.CaseStore}: evidence and custody ({@link nl.patroon.core.port.EvidenceRepository}), the
 * ingest journal ({@link nl.patroon.core.port.IngestJournal}), suggestions ({@link
 * nl.patroon.core.port.SuggestionRepository}) and a few case-wide values ({@link nl.patroon.core.port.CaseMeta}).
 * Reviews, incidents and orders get their repositories here too, beside these, when the dossier work adds them.
 * SQLite implements them in the indexer module ({@code nl.patroon.indexer.casedb}); the passage index and search
 * ({@link nl.patroon.core.port.PassageIndex}, {@link nl.patroon.core.port.PassageSearch}) are implemented by
 * Lucene there, and a cross-case search (SolrCloud) is meant to be a second {@code PassageSearch}.
 */
package nl.patroon.core.port;
