package nl.patroon.core.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.patroon.core.problem.Problem;

/**
 * A protective order or family procedure recorded in the case (shared by detection, which turns contact
 * during a restraining order into ORDER_VIOLATION, and by the dossier's analysis).
 *
 * @param id               O-0001, stable for the case
 * @param protects         party ids of the protected persons (victim, children)
 * @param against          party id of the restricted person
 * @param from             first day in force (inclusive)
 * @param to               last day in force (inclusive); empty for an order without an end date
 * @param sourceEvidenceId the document that imposes it (E-0003), if it is in the case
 * @param note             free text, e.g. the area of a locatieverbod; may be empty
 */
public record Order(String id, OrderKind kind, List<String> protects, String against, LocalDate from,
                    Optional<LocalDate> to, Optional<String> sourceEvidenceId, String note) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(from, "from");
        protects = List.copyOf(Objects.requireNonNull(protects, "protects"));
        to = to == null ? Optional.empty() : to;
        sourceEvidenceId = sourceEvidenceId == null ? Optional.empty() : sourceEvidenceId;
        note = note == null ? "" : note;
        if (to.isPresent() && to.get().isBefore(from)) {
            throw Problem.of("order.ends-before-start", from, to.get()).exception();
        }
    }

    /** True when the order is in force on that day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && to.map(end -> !day.isAfter(end)).orElse(true);
    }
}
