package nl.patroon.templates.export;

import java.util.List;

/**
 * The family view a combined hearing (combizitting) reads beside the timeline, from the dossier's analysis:
 * the children, incidents with the children present, threats about the children, confirmed breaches of orders,
 * the family procedures with their dates and the conflicts between orders.
 *
 * @param combinedHearing true when the case has children or family procedures: only then is the view shown
 * @param children        the parties with role kind, names as redacted for the audience
 */
public record Family(boolean combinedHearing, List<Child> children, List<IncidentRef> childrenPresent,
                     List<IncidentRef> threatsAboutChildren, List<Breach> breaches,
                     List<ExportDocument.OrderLine> procedures, List<Conflict> conflicts) {
    public Family {
        children = List.copyOf(children);
        childrenPresent = List.copyOf(childrenPresent);
        threatsAboutChildren = List.copyOf(threatsAboutChildren);
        breaches = List.copyOf(breaches);
        procedures = List.copyOf(procedures);
        conflicts = List.copyOf(conflicts);
    }

    public record Child(String id, String name) {
    }

    /** An incident as the family view lists it, linked to the incident itself. */
    public record IncidentRef(String id, String timeNl, String description) {
    }

    /** A restraining order and the confirmed incidents that breach it. */
    public record Breach(String orderId, String kind, String from, String to, List<IncidentRef> incidents) {
        public Breach {
            incidents = List.copyOf(incidents);
        }
    }

    /** Two orders that cannot both be kept, in the days both are in force. */
    public record Conflict(String restrainingOrderId, String familyOrderId, String from, String to,
                           List<String> shared, String explanationNl) {
        public Conflict {
            shared = List.copyOf(shared);
        }
    }
}
