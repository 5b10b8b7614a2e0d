package nl.patroon.app.casefile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.casefile.PartyRole;

/** Adds a party (victim, suspect, child, witness, third party) with the names it goes by in the evidence. */
public final class AddParty {
    public record Request(Path caseRoot, PartyRole role, String name, List<String> aliases) {
        public Request {
            aliases = aliases == null ? List.of()
                    : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        }
    }

    public record Result(Party added) {
    }

    private final Adapters adapters;

    public AddParty(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            CaseFile next = ws.caseFile().withParty(request.role(), request.name(), request.aliases());
            Party added = next.parties().get(next.parties().size() - 1);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("party", added.id());
            details.put("role", added.role().code());
            details.put("name", added.name());
            details.put("aliases", added.aliases());
            ws.update(next, "party.add", details);
            return new Result(added);
        }
    }
}
