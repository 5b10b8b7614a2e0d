package nl.patroon.core.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.patroon.core.passage.TimePrecision;

/**
 * Finds contacts that breach a restraining order (huisverbod, contact-, locatie-, straatverbod): made by the
 * party the order is against, to a party it protects, on a day the order is in force. One pass over the
 * contacts, each checked against the few orders of the case. An undated contact is never a breach.
 */
public final class OrderBreaches {
    private OrderBreaches() {
    }

    public static List<Breach> find(List<Order> orders, List<Contact> contacts) {
        List<Order> restraining = orders.stream().filter(o -> o.kind().restraining())
                .sorted(Comparator.comparing(Order::id)).toList();
        List<Breach> out = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.time() == null || c.time().precision() == TimePrecision.UNKNOWN) {
                continue;
            }
            LocalDate first = c.time().start().toLocalDate();
            LocalDate last = c.time().end().toLocalDate();
            for (Order o : restraining) {
                if (!o.against().equals(c.from())) {
                    continue;
                }
                List<String> hit = null;
                for (String to : c.to()) {
                    if (o.protects().contains(to)) {
                        hit = hit == null ? new ArrayList<>(1) : hit;
                        hit.add(to);
                    }
                }
                if (hit == null) {
                    continue;
                }
                boolean overlaps = !last.isBefore(o.from()) && o.to().map(end -> !first.isAfter(end)).orElse(true);
                if (overlaps) {
                    out.add(new Breach(o.id(), o.kind(), c, List.copyOf(hit), o.inForceOn(first) && o.inForceOn(last)));
                }
            }
        }
        out.sort(Comparator.comparingLong((Breach b) -> b.contact().time().sortKey())
                .thenComparing(b -> b.contact().passageId()).thenComparing(Breach::orderId));
        return out;
    }
}
