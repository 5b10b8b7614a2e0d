package nl.patroon.app.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.port.PassageIndex;
import nl.patroon.core.problem.Problem;

/**
 * Links a sender as found in the evidence to a party: the sender becomes one of the party's aliases and the
 * passages already indexed are re-attributed in place, without reading any original again.
 */
public final class MapAuthor {
    public record Request(Path caseRoot, String author, String partyId) {
    }

    /** How many passages now carry the party. */
    public record Result(Party party, int passages) {
    }

    private final Adapters adapters;

    public MapAuthor(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            CaseFile file = ws.caseFile();
            String author = request.author();
            Party party = file.parties().stream().filter(p -> p.id().equalsIgnoreCase(request.partyId().strip()))
                    .findFirst().orElseThrow(() -> Problem.of("party.unknown", request.partyId()).exception());
            List<Party> parties = new ArrayList<>(file.parties());
            if (!party.aliases().contains(author)) {
                List<String> aliases = new ArrayList<>(party.aliases());
                aliases.add(author);
                parties.set(parties.indexOf(party), new Party(party.id(), party.role(), party.name(), aliases));
            }
            int changed;
            try (PassageIndex index = adapters.index(ws)) {
                changed = index.reattribute(author, party.id());
                index.commit();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("author", author);
            details.put("party", party.id());
            details.put("passages", changed);
            ws.update(file.withParties(parties), "party.map", details);
            return new Result(party, changed);
        }
    }
}
