/**
 * Reviewing suggestions ({@link nl.patroon.app.review.Review}): list, confirm into a new or an existing incident,
 * reject with a reason, set aside, undo; through the review and incident repository ports in
 * {@code nl.patroon.core.port}. Nothing reaches a court export as fact unless confirmed here. Each action touches
 * only the suggestions it names, by id, in one transaction with the incident it changes, and writes one audit line.
 */
package nl.patroon.app.review;
