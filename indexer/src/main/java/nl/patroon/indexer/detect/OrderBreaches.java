package nl.patroon.indexer.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.order.Order;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.ConversationDetector.Message;

/**
 * Contact during a restraining order (huisverbod, contactverbod, locatie- of straatverbod): a message by the
 * person the order is against, on a day it is in force, in a conversation with a person it protects (or one
 * in which only he writes: his messages to her, unanswered) is ORDER_VIOLATION, naming the order, and
 * STALKING. What was said does not matter; the contact is the breach. Outside the period it is nothing.
 */
final class OrderBreaches {
    static final String RULE = "ctx.contact-tijdens-verbod";

    private OrderBreaches() {
    }

    static void mark(List<Message> ms, CaseContext context) {
        if (context.orders().isEmpty() || ms.isEmpty()) {
            return;
        }
        Set<String> authors = ConversationDetector.authors(ms);
        for (Message m : ms) {
            String party = m.passage().partyId();
            if (m.passage().time() == null || party == null) {
                continue;
            }
            LocalDate day = m.passage().time().start().toLocalDate();
            for (Order order : context.orders()) {
                if (order.kind().restraining() && order.against().equals(party) && order.inForceOn(day)
                        && (order.protects().stream().anyMatch(authors::contains) || authors.equals(Set.of(party)))) {
                    breach(m, order);
                    break;
                }
            }
        }
    }

    private static void breach(Message m, Order order) {
        int end = m.passage().text().length();
        String period = order.from() + order.to().map(t -> " t/m " + t).orElse(" (zonder einddatum)");
        String periodEn = order.from() + order.to().map(t -> " to " + t).orElse(" (no end date)");
        String source = order.sourceEvidenceId().map(e -> ", opgelegd in " + e).orElse("");
        String sourceEn = order.sourceEvidenceId().map(e -> ", imposed in " + e).orElse("");
        m.detections().add(new Detection(Category.ORDER_VIOLATION, RULE, 0, end, Confidence.HIGH,
                "Contact met een beschermde persoon tijdens " + order.kind().code() + " " + order.id() + " ("
                        + period + source + "); controleer of dit contact was toegestaan.",
                "Contact with a protected person during " + order.kind().english() + " " + order.id() + " ("
                        + periodEn + sourceEn + "); check whether this contact was permitted.",
                ConversationDetector.contextAttributes(m.actor()), true));
        if (!ConversationDetector.has(m, Category.STALKING)) {
            m.detections().add(new Detection(Category.STALKING, RULE, 0, end, Confidence.MEDIUM,
                    "Ongewenst contact ondanks " + order.kind().code() + " " + order.id() + " (belaging).",
                    "Unwanted contact despite " + order.kind().english() + " " + order.id() + " (stalking).",
                    ConversationDetector.contextAttributes(m.actor()), true));
        }
    }
}
