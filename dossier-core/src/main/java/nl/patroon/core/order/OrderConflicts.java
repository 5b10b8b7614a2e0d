package nl.patroon.core.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Flags an omgangsregeling that requires contact while a restraining order against the same person is in
 * force: either with the same protected persons (the children), or with a person the restraining order
 * protects at the handover.
 */
public final class OrderConflicts {
    private OrderConflicts() {
    }

    public static List<OrderConflict> find(List<Order> orders) {
        List<Order> sorted = orders.stream().sorted(Comparator.comparing(Order::id)).toList();
        List<OrderConflict> out = new ArrayList<>();
        for (Order r : sorted) {
            if (!r.kind().restraining()) {
                continue;
            }
            for (Order f : sorted) {
                if (f.kind() != OrderKind.OMGANG || !f.against().equals(r.against())) {
                    continue;
                }
                LocalDate from = r.from().isAfter(f.from()) ? r.from() : f.from();
                Optional<LocalDate> to = earliest(r.to(), f.to());
                if (to.isPresent() && to.get().isBefore(from)) {
                    continue;
                }
                TreeSet<String> shared = new TreeSet<>(r.protects());
                shared.retainAll(f.protects());
                String period = from + " t/m " + to.map(Object::toString).orElse("onbepaald");
                String why = shared.isEmpty()
                        ? "De omgangsregeling " + f.id() + " vraagt overdracht van de kinderen; het " + r.kind().code()
                          + " " + r.id() + " verbiedt " + r.against() + " contact met " + String.join(", ", r.protects())
                          + " (" + period + ")."
                        : "De omgangsregeling " + f.id() + " vereist contact van " + r.against() + " met "
                          + String.join(", ", shared) + ", die het " + r.kind().code() + " " + r.id()
                          + " beschermt (" + period + ").";
                out.add(new OrderConflict(r.id(), f.id(), from, to.orElse(null), List.copyOf(shared), why));
            }
        }
        return out;
    }

    private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }
}
