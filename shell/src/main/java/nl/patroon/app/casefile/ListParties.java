package nl.patroon.app.casefile;

import java.nio.file.Path;
import java.util.List;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Party;

/** The parties of a case, in id order. */
public final class ListParties {
    public record Request(Path caseRoot) {
    }

    public record Result(List<Party> parties) {
    }

    private final Adapters adapters;

    public ListParties(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            return new Result(ws.caseFile().parties());
        }
    }
}
