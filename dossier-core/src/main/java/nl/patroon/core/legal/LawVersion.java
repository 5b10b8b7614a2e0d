package nl.patroon.core.legal;

import java.time.LocalDate;

/**
 * The wording of an article that applies in a period. Patroon picks, per incident, the version in force on the
 * incident's day (the sexual-offence regime before and after 1 July 2024 is the clearest case).
 *
 * @param from first day (inclusive), or null: since before any incident in a case
 * @param to   last day (inclusive), or null: still in force
 */
public record LawVersion(String label, LocalDate from, LocalDate to, String note) {
    public LawVersion {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a law version needs a label");
        }
        note = note == null ? "" : note.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(label + ": 'to' before 'from'");
        }
    }

    public boolean appliesOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
