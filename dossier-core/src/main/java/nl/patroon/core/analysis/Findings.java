package nl.patroon.core.analysis;

import java.util.List;

/** The small result records of the analysis, each a line in its JSON. */
public final class Findings {
    private Findings() {
    }

    /** The first incident of a category (ties on the day: the lowest incident id). */
    public record FirstAppearance(String category, String categoryNl, String day, String incidentId) {
    }

    /** One red flag of the checklist, present or not, with the incidents that raise it. */
    public record RedFlag(String id, List<String> codes, String nl, String en, boolean present,
                          List<String> incidentIds) {
        public RedFlag {
            codes = List.copyOf(codes);
            incidentIds = List.copyOf(incidentIds);
        }
    }

    /** A Monckton-Smith stage: indications present with their incidents, none seen, or for a person to judge. */
    public record Stage(int stage, String nl, String status, String statusNl, List<String> incidentIds,
                        String noteNl) {
        public Stage {
            incidentIds = List.copyOf(incidentIds);
        }
    }

    /** An order as the analysis lists it. */
    public record OrderLine(String id, String kind, List<String> protects, String against, String from, String to,
                            String source) {
        public OrderLine {
            protects = List.copyOf(protects);
        }
    }

    /** A contact that may breach an order: for review, not a finding. */
    public record BreachLine(String orderId, String kind, String passageId, String time, String from,
                             List<String> protectedContacted, boolean certain, String quote) {
        public BreachLine {
            protectedContacted = List.copyOf(protectedContacted);
        }
    }

    /** Orders, their possible breaches and their conflicts. */
    public record Orders(List<OrderLine> orders, List<BreachLine> possibleBreaches,
                         List<nl.patroon.core.order.OrderConflict> conflicts) {
        public Orders {
            orders = List.copyOf(orders);
            possibleBreaches = List.copyOf(possibleBreaches);
            conflicts = List.copyOf(conflicts);
        }
    }
}
