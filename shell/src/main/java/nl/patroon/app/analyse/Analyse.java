package nl.patroon.app.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.app.Adapters;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.PatternAnalyser;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.json.Json;

/**
 * The analysis of the confirmed incidents (pattern, red flags, corroboration, orders, legal elements of the
 * chosen articles) as JSON in {@code exports/} (or a given file), deterministic: the same case gives the same
 * bytes. Only confirmed incidents are analysed; open suggestions are not facts.
 */
public final class Analyse {
    public record Request(Path caseRoot, List<String> articles, Path out) {
        public Request {
            articles = articles == null ? List.of() : articles.stream().map(String::strip)
                    .filter(a -> !a.isEmpty()).toList();
        }
    }

    public record Result(Analysis analysis, Path file, String sha256) {
    }

    private final Adapters adapters;

    public Analyse(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request r) throws IOException {
        try (CaseWorkspace ws = adapters.open(r.caseRoot())) {
            Analysis a = PatternAnalyser.bundled().analyse(new PatternAnalyser.Input(ws.incidents().all(),
                    ws.orders().all(), List.of(), r.articles()));
            byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(a);
            Path file = r.out() != null ? r.out() : ws.exportsDir().resolve("analyse.json");
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, json);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            String sha = Sha256.hex(json);
            Map<String, Object> details = new LinkedHashMap<>();
            // an export line, so that verify re-hashes the analysis like every other export
            details.put("format", "analyse");
            details.put("path", file.toAbsolutePath().toString());
            details.put("sha256", sha);
            details.put("incidents", a.incidents());
            details.put("articles", r.articles());
            ws.appendAudit("export", details);
            ws.flushAudit();
            return new Result(a, file, sha);
        }
    }
}
