package nl.patroon.indexer.detect;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.order.Order;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.ConversationDetector.Message;

/**
 * Contact during a restraining order (huisverbod, contactverbod, locatie- of straatverbod): a message by the
 * person the order is against, on a day it is in force, in a conversation with a person it protects (or one
 * in which only he writes: his messages to her, unanswered) is ORDER_VIOLATION, naming the order, and
 * STALKING. What was said does not matter; the contact is the breach. Outside the period it is nothing. In a
 * group she is in, only his replies to her and his messages that are themselves threats or control count; a
 * third person passing his words on to her is indirect contact.
 */
final class OrderBreaches {
    static final String RULE = "ctx.contact-tijdens-verbod";
    static final String RULE_RELAY = "ctx.contact-tijdens-verbod.via-derde";
    private static final Duration REPLY = Duration.ofHours(1);

    private OrderBreaches() {
    }

    static void mark(List<Message> ms, CaseContext context) {
        if (context.orders().isEmpty() || ms.isEmpty()) {
            return;
        }
        Set<String> authors = ConversationDetector.authors(ms);
        boolean group = authors.size() > 2;
        for (int k = 0; k < ms.size(); k++) {
            Message m = ms.get(k);
            String party = m.passage().partyId();
            if (m.passage().time() == null || party == null) {
                continue;
            }
            LocalDate day = m.passage().time().start().toLocalDate();
            for (Order order : context.orders()) {
                if (!order.kind().restraining() || !order.inForceOn(day)) {
                    continue;
                }
                boolean withProtected = order.protects().stream().anyMatch(authors::contains);
                if (order.against().equals(party) && (withProtected && (!group || answers(ms, k, order)
                        || ownDetection(m)) || authors.equals(Set.of(party)))) {
                    breach(m, order);
                    break;
                }
                // His side (a brother, a friend: derde), not her confidants, passing his words to her.
                if (context.role(party) == PartyRole.DERDE && withProtected && !group && relays(m)) {
                    relay(m, order);
                    break;
                }
            }
        }
    }

    /**
     * In a group she is in (a school-parents group), his logistics to everyone are not contact with her; a reply
     * to her within the hour, or a message that is itself a threat or control, is.
     */
    private static boolean answers(List<Message> ms, int k, Order order) {
        Message m = ms.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Message before = ms.get(j);
            if (Objects.equals(before.author(), m.author())) {
                continue;
            }
            return before.time() != null && m.time() != null
                    && Duration.between(before.time(), m.time()).compareTo(REPLY) <= 0
                    && before.passage().partyId() != null && order.protects().contains(before.passage().partyId());
        }
        return false;
    }

    private static boolean ownDetection(Message m) {
        for (Detection d : m.detections()) {
            if (d.confidence() != Confidence.LOW && !d.ruleId().startsWith("ctx.")) {
                return true;
            }
        }
        return false;
    }

    /** A third party passes his words on ("hij vraagt of je hem wil bellen"): indirect contact (reference.md). */
    private static boolean relays(Message m) {
        for (Signal s : m.analysis().signals()) {
            if (s.name().equals("relay")) {
                return true;
            }
        }
        return false;
    }

    private static void relay(Message m, Order order) {
        String period = order.from() + order.to().map(t -> " t/m " + t).orElse(" (zonder einddatum)");
        String periodEn = order.from() + order.to().map(t -> " to " + t).orElse(" (no end date)");
        m.detections().add(new Detection(Category.ORDER_VIOLATION, RULE_RELAY, 0, m.passage().text().length(),
                Confidence.MEDIUM,
                "Een derde brengt tijdens " + order.kind().code() + " " + order.id() + " (" + period
                        + ") een boodschap van de persoon tegen wie het verbod geldt over (indirect contact).",
                "A third person passes on a message from the restricted person during " + order.kind().english()
                        + " " + order.id() + " (" + periodEn + ") (indirect contact).",
                ConversationDetector.contextAttributes("third"), false));
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
