package nl.patroon.app.ingest;

import java.io.IOException;
import java.nio.file.Path;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.indexer.ingest.Redetection;

/**
 * Detects again over a case's indexed passages with its (changed) rules; no original is read again, and
 * suggestions a person already reviewed are kept.
 */
public final class Redetect {
    public record Request(Path caseRoot) {
    }

    /** How many items were examined and how many open suggestions they now have. */
    public record Result(int items, int suggestions) {
    }

    private final Adapters adapters;

    public Redetect(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            Redetection.Summary s = Redetection.run(ws, adapters.rulesForCase(ws.root()));
            return new Result(s.items(), s.suggestions());
        }
    }
}
