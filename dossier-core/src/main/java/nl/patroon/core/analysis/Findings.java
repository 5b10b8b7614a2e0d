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

    /**
     * What a combined hearing (combizitting) of criminal and family judge reads beside the timeline: incidents
     * with the children present, threats about the children, and the confirmed breaches of each restraining
     * order. The family procedures and the order conflicts are in {@link Orders}.
     *
     * @param childrenPresent      incidents with CHILD_EXPOSURE, whoever tells of it, in id order
     * @param threatsAboutChildren the incidents of the red flag threats_about_children
     * @param breaches             per restraining order, the confirmed ORDER_VIOLATION incidents on a day it was in
     *                             force (the contact-based {@link Orders#possibleBreaches()} are for review only)
     */
    public record Family(List<String> childrenPresent, List<String> threatsAboutChildren,
                        List<ConfirmedBreach> breaches) {
        public Family {
            childrenPresent = List.copyOf(childrenPresent);
            threatsAboutChildren = List.copyOf(threatsAboutChildren);
            breaches = List.copyOf(breaches);
        }
    }

    /** A restraining order and the confirmed incidents that breach it, in id order; only orders with one. */
    public record ConfirmedBreach(String orderId, String kind, List<String> incidentIds) {
        public ConfirmedBreach {
            incidentIds = List.copyOf(incidentIds);
        }
    }
}
