/**
 * The analysis of a case's confirmed incidents ({@link nl.patroon.app.analyse.Analyse}): patterns over time, red
 * flags with their evidence, corroboration, orders and the legal elements of the chosen articles. Pure functions in
 * dossier-core ({@code nl.patroon.core.analysis}, {@code nl.patroon.core.legal}); the use case only loads, writes
 * the JSON into exports/ and records it as an export (so verify re-hashes it).
 */
package nl.patroon.app.analyse;
