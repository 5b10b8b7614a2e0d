package nl.patroon.app.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchResult;

/** Searches a case's passages (words, "phrases", wildcards, category:…). */
public final class Search {
    public record Request(Path caseRoot, PassageQuery query) {
    }

    /**
     * {@code indexed} false: the case has no passages yet, and {@code result} is null. {@code partyNames} (party id
     * to name) lets a hit name its author's party; it is read from the same opening of the case as the search.
     */
    public record Result(boolean indexed, SearchResult result, Map<String, String> partyNames) {
        public Result {
            partyNames = Map.copyOf(partyNames);
        }
    }

    private final Adapters adapters;

    public Search(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            Optional<PassageSearch> search = adapters.search(ws);
            Map<String, String> names = ws.caseFile().parties().stream()
                    .collect(Collectors.toMap(Party::id, Party::name));
            if (search.isEmpty()) {
                return new Result(false, null, names);
            }
            try (PassageSearch s = search.get()) {
                return new Result(true, s.search(request.query()), names);
            } catch (IllegalArgumentException parserMessage) {
                // The query was validated and repaired already; what is left is the parser's, in English.
                throw Problem.of("query.not-understood", request.query().text()).exception(parserMessage);
            }
        }
    }
}
