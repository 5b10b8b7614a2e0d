package nl.patroon.core.order;

import java.time.LocalDate;
import java.util.List;

/**
 * Two orders that cannot both be kept: a family arrangement (omgang) that requires contact the restraining
 * order forbids, in the days both are in force. For the combined-hearing judge (reference.md §4.1, §4.3).
 *
 * @param shared the parties both orders name as protected (the children), sorted; empty when the conflict is
 *               the handover itself (the omgang needs contact with a parent the other order protects)
 * @param to     last day of the overlap; null when neither ends
 */
public record OrderConflict(String restrainingOrderId, String familyOrderId, LocalDate from, LocalDate to,
                            List<String> shared, String explanationNl) {
    public OrderConflict {
        shared = List.copyOf(shared);
    }
}
