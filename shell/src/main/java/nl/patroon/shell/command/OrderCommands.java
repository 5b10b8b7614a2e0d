package nl.patroon.shell.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import nl.patroon.app.casefile.Orders;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderConflict;
import nl.patroon.core.order.OrderKind;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Messages;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Protective orders and family procedures, kept in case.json; detection reads them at ingest. */
@ShellComponent
public class OrderCommands {
    private final CaseSession session;
    private final Orders orders;

    public OrderCommands(CaseSession session, Orders orders) {
        this.session = session;
        this.orders = orders;
    }

    @ShellMethod(key = {"verbod toevoegen", "order add"}, group = "Zaak",
            value = "Leg een verbod of regeling vast: huisverbod|contactverbod|locatieverbod|straatverbod|omgang|ots.")
    public String add(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--kind", "--soort"}, help = "huisverbod|contactverbod|locatieverbod|straatverbod|omgang|ots")
            String kind,
            @ShellOption(value = {"--protects", "--beschermt"}, arity = Integer.MAX_VALUE,
                    help = "beschermde partijen (P-02 P-03)") String[] protects,
            @ShellOption(value = {"--against", "--tegen"}, help = "partij tegen wie het verbod geldt (P-01)") String against,
            @ShellOption(value = {"--from", "--van"}, help = "eerste dag, 2024-06-09") String from,
            @ShellOption(value = {"--to", "--tot"}, defaultValue = ShellOption.NULL, help = "laatste dag (leeg: onbepaald)")
            String to,
            @ShellOption(value = {"--source", "--bron"}, defaultValue = ShellOption.NULL, help = "bewijsstuk (E-0003)")
            String source,
            @ShellOption(value = {"--note", "--notitie"}, defaultValue = ShellOption.NULL, help = "bijv. het gebied")
            String note,
            @ShellOption(value = {"--user", "--gebruiker"}, defaultValue = ShellOption.NULL, help = "wie") String user) {
        List<String> p = protects == null ? List.of() : Arrays.stream(protects)
                .flatMap(x -> Arrays.stream(x.split(","))).map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (p.isEmpty()) {
            throw new IllegalArgumentException("Noem wie het verbod beschermt (--protects P-02).");
        }
        Order o = orders.add(new Orders.Add(session.use(caseDir), user, OrderKind.parse(kind), p, against.strip(),
                day(from), to == null ? null : day(to), source, note));
        return "Verbod " + o.id() + " vastgelegd: " + line(o);
    }

    @ShellMethod(key = {"verbod lijst", "order list"}, group = "Zaak",
            value = "Toon de verboden en regelingen, en waar ze botsen.")
    public String list(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir) {
        Orders.Listing l = orders.list(session.use(caseDir));
        if (l.orders().isEmpty()) {
            return Messages.get("orders.none");
        }
        StringBuilder sb = new StringBuilder();
        l.orders().forEach(o -> sb.append(o.id()).append("  ").append(line(o)).append('\n'));
        for (OrderConflict c : l.conflicts()) {
            sb.append('\n').append(Messages.get("analysis.conflict")).append(' ').append(c.restrainingOrderId())
                    .append(" / ").append(c.familyOrderId()).append(": ")
                    .append(c.explanationNl());
        }
        return sb.toString().stripTrailing();
    }

    static String line(Order o) {
        return Messages.get("orders.line", o.kind().code(), o.against(), String.join(", ", o.protects()),
                o.from().toString(), o.to().map(Object::toString).orElse(Messages.get("orders.open-ended")))
                + o.sourceEvidenceId().map(s -> " (" + Messages.get("orders.source", s) + ")").orElse("");
    }

    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ongeldige datum '" + text + "' (verwacht 2024-06-09).");
        }
    }
}
