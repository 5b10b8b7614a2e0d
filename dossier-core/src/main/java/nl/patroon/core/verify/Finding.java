package nl.patroon.core.verify;

/**
 * One result of a verification.
 *
 * @param subject what was checked: an evidence id, {@code audit.log:12}, an export path
 * @param problem true when something was altered or is missing; false for an informative note
 */
public record Finding(String subject, boolean problem, String message) {
}
