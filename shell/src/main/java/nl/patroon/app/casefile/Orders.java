package nl.patroon.app.casefile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderConflict;
import nl.patroon.core.order.OrderConflicts;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.problem.Problem;

/**
 * Protective orders and family procedures (huisverbod, contact-, locatie-, straatverbod, omgang, ots): added to
 * case.json, where detection reads them at ingest; listed with the conflicts between them.
 */
public final class Orders {
    public record Add(Path caseRoot, String user, OrderKind kind, List<String> protects, String against,
                      LocalDate from, LocalDate to, String source, String note) {
    }

    public record Listing(List<Order> orders, List<OrderConflict> conflicts) {
    }

    private final Adapters adapters;

    public Orders(Adapters adapters) {
        this.adapters = adapters;
    }

    public Order add(Add r) {
        try (CaseWorkspace ws = adapters.open(r.caseRoot(), adapters.user(r.user()))) {
            CaseFile file = ws.caseFile();
            for (String p : concat(r.protects(), r.against())) {
                if (file.parties().stream().map(Party::id).noneMatch(p::equals)) {
                    throw Problem.of("party.unknown", p).exception();
                }
            }
            if (r.source() != null && ws.evidence().evidenceById(r.source()).isEmpty()) {
                throw Problem.of("evidence.unknown", r.source()).exception();
            }
            CaseFile next = file.withOrder(r.kind(), r.protects(), r.against(), r.from(), Optional.ofNullable(r.to()),
                    Optional.ofNullable(r.source()), r.note());
            Order added = next.orders().get(next.orders().size() - 1);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("order", added.id());
            details.put("kind", added.kind().code());
            details.put("protects", added.protects());
            details.put("against", added.against());
            details.put("from", added.from().toString());
            details.put("to", added.to().map(Object::toString).orElse(""));
            details.put("source", added.sourceEvidenceId().orElse(""));
            ws.update(next, "order.add", details);
            return added;
        }
    }

    public Listing list(Path caseRoot) {
        try (CaseWorkspace ws = adapters.open(caseRoot)) {
            List<Order> orders = ws.orders().all();
            return new Listing(orders, OrderConflicts.find(orders));
        }
    }

    private static List<String> concat(List<String> a, String b) {
        java.util.List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}
