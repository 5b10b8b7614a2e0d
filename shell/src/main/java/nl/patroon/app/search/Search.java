package nl.patroon.app.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchResult;

/** Searches a case's passages (words, "phrases", wildcards, category:…). */
public final class Search {
    public record Request(Path caseRoot, PassageQuery query) {
    }

    /** {@code indexed} false: the case has no passages yet, and {@code result} is null. */
    public record Result(boolean indexed, SearchResult result) {
    }

    private final Adapters adapters;

    public Search(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            Optional<PassageSearch> search = adapters.search(ws);
            if (search.isEmpty()) {
                return new Result(false, null);
            }
            try (PassageSearch s = search.get()) {
                return new Result(true, s.search(request.query()));
            } catch (IllegalArgumentException parserMessage) {
                // The query was validated and repaired already; what is left is the parser's, in English.
                throw Problem.of("query.not-understood", request.query().text()).exception(parserMessage);
            }
        }
    }
}
