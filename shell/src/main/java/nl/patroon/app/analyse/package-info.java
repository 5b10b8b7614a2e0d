/**
 * Room for analysis over a case: patterns over time, red flags with their evidence, the legal elements of an
 * offence met by confirmed incidents. Pure functions in dossier-core; the use cases here only load and save.
 * Empty until the analysis work fills it.
 */
package nl.patroon.app.analyse;
