package nl.patroon.app.casefile;

import java.nio.file.Path;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;

/** A new, empty case folder (case.json, case.db, evidence/, index/, audit.log, exports/). */
public final class CreateCase {
    public record Request(Path root, Parketnummer parketnummer, String title) {
    }

    public record Result(Path root, String parketnummer) {
    }

    private final Adapters adapters;

    public CreateCase(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) {
        try (CaseWorkspace ws = adapters.create(request.root(), request.parketnummer(), request.title())) {
            return new Result(ws.root(), ws.caseFile().parketnummer());
        }
    }
}
