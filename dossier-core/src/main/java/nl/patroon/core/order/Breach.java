package nl.patroon.core.order;

import java.util.List;

/**
 * Contact by the restricted party, with a person the order protects, while a restraining order was in force.
 * It is a suggestion for a person to review (an incident of ORDER_VIOLATION once confirmed), never a finding:
 * the order may allow some contact (through a lawyer, the gezinsvoogd, an omgang handover).
 *
 * @param protectedContacted the protected parties contacted, sorted
 * @param certain            false when the contact's time is a period that lies only partly inside the order
 */
public record Breach(String orderId, OrderKind kind, Contact contact, List<String> protectedContacted,
                     boolean certain) {
    public Breach {
        protectedContacted = List.copyOf(protectedContacted);
    }

    /** For the reviewer: "contact tijdens huisverbod O-0001 (12-03-2024 t/m 09-04-2024)". */
    public String explanationNl(Order order) {
        return "Contact door " + order.against() + " met " + String.join(", ", protectedContacted) + " tijdens "
                + kind.code() + " " + orderId + " (" + order.from() + " t/m "
                + order.to().map(Object::toString).orElse("onbepaald") + ")"
                + (certain ? "" : "; het tijdstip valt maar deels in de looptijd");
    }
}
