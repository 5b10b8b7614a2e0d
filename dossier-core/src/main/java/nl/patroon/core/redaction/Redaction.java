package nl.patroon.core.redaction;

/**
 * One removal, as listed in the redaction log: where in the export, which placeholder, which detector. It
 * never holds the removed text, so the log can travel with the redacted export.
 *
 * @param where    the field of the export, e.g. {@code entries[E-0001:m2].text}
 * @param label    the placeholder that stands in its place, e.g. {@code [telefoonnummer]}
 * @param detector the detector that found it ({@code lijst} for the case's own list)
 */
public record Redaction(String where, String label, String detector) {
}
