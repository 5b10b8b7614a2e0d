/**
 * Room for reviewing suggestions: a person confirms or rejects each (with a reason), through a review repository
 * port in {@code nl.patroon.core.port}. Nothing reaches a court export as fact unless confirmed here. Empty until
 * the dossier work fills it.
 */
package nl.patroon.app.review;
