package nl.patroon.core.order;

import java.util.List;
import java.util.Objects;
import nl.patroon.core.passage.EventTime;

/**
 * One contact of one party with others, as the evidence shows it: a message, a call, a visit a report
 * describes. The caller derives contacts from passages (the author's party, the conversation's other
 * participants) or from incidents.
 *
 * @param passageId where it is shown (E-0004:m212)
 * @param from      the party who made contact
 * @param to        the parties contacted, sorted
 */
public record Contact(String passageId, EventTime time, String from, List<String> to, String quote) {
    public Contact {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(from, "from");
        to = to.stream().sorted().distinct().toList();
        quote = quote == null ? "" : quote;
    }

    public String evidenceId() {
        return passageId.substring(0, passageId.indexOf(':'));
    }
}
