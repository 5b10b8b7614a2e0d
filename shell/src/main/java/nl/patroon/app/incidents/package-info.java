/**
 * Room for incidents: confirmed passages grouped into dated incidents of the case (an incident repository port in
 * {@code nl.patroon.core.port}). Empty until the dossier work fills it.
 */
package nl.patroon.app.incidents;
