package nl.patroon.app.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.port.PassageSearch;

/** Senders found in the evidence that no party's alias names yet, with their number of passages. */
public final class UnresolvedAuthors {
    public record Request(Path caseRoot) {
    }

    /** {@code indexed} false: the case has no passages yet. */
    public record Result(boolean indexed, Map<String, Integer> authors) {
    }

    private final Adapters adapters;

    public UnresolvedAuthors(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            Optional<PassageSearch> search = adapters.search(ws);
            if (search.isEmpty()) {
                return new Result(false, Map.of());
            }
            try (PassageSearch s = search.get()) {
                return new Result(true, s.unresolvedAuthors());
            }
        }
    }
}
