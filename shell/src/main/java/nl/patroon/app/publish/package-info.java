/**
 * Room for publishing a dossier: PDF, redaction, the court export of confirmed facts only (renderers in the
 * templates module). Empty until the outputs work fills it.
 */
package nl.patroon.app.publish;
