package nl.patroon.app.evidence;

import java.nio.file.Path;
import java.util.List;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;

/** The custody records of a case, in id order. */
public final class ListEvidence {
    public record Request(Path caseRoot) {
    }

    public record Result(List<EvidenceRecord> evidence) {
    }

    private final Adapters adapters;

    public ListEvidence(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            return new Result(ws.evidence().all());
        }
    }
}
