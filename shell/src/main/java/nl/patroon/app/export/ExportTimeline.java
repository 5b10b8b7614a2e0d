package nl.patroon.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.patroon.app.Adapters;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.PatternAnalyser;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.json.Json;
import nl.patroon.core.order.Order;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.redaction.RedactionList;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.ExportResult;
import nl.patroon.templates.export.TimelineExporter;

/**
 * Exports a case's timeline: reads the suggestions and the passages they point at, builds the timeline
 * (pure, in dossier-core), prepares and renders it for its audience (templates: redaction is applied to the
 * model before any format sees it) and writes it atomically. Each export is recorded in the audit log with the
 * SHA-256 of the written file, so that verify notices a later edit; a redacted export's redaction log (where,
 * which placeholder, which detector; never the removed text) is kept beside it in exports/.
 */
public final class ExportTimeline {

    /** The case's own redaction list, edited by a person: {@link RedactionList} as JSON in the case folder. */
    public static final String REDACTION_LIST = "redaction.json";

    public enum Format { JSON, HTML, PDF;

        /** {@code json}, {@code html} or {@code pdf}, in any case. */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Problem.of("export.format-unknown", name).exception(e);
            }
        }

        ExportFormat rendered() {
            return ExportFormat.valueOf(name());
        }
    }

    /**
     * @param out      the file to write; null for {@code exports/tijdlijn[-publiek].(json|html|pdf)}; its extension
     *                 must match the format
     * @param audience who it is for; the working version (internal, open suggestions, watermarked) by default
     * @param articles the articles whose legal elements the summary shows (tenlastelegging: "285b", "300-4"), as
     *                 {@code analyse --articles}; empty for all
     */
    public record Request(Path caseRoot, Format format, Path out, Audience audience, List<String> articles) {
        public Request {
            audience = audience == null ? Audience.WERKVERSIE : audience;
            articles = articles == null ? List.of() : articles.stream().map(String::strip)
                    .filter(a -> !a.isEmpty()).toList();
        }

        public Request(Path caseRoot, Format format, Path out, Audience audience) {
            this(caseRoot, format, out, audience, List.of());
        }

        public Request(Path caseRoot, Format format, Path out) {
            this(caseRoot, format, out, null);
        }
    }

    public record Result(Path file, int entries) {
    }

    private final Adapters adapters;

    public ExportTimeline(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        ExportFormat format = request.format().rendered();
        if (request.out() != null) {
            format.checkFileName(request.out());
        }
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            Timeline timeline = timeline(ws);
            Audience audience = request.audience();
            String base = "tijdlijn" + (audience == Audience.WERKVERSIE ? "" : "-" + audience.code());
            Path target = request.out() != null ? request.out().toAbsolutePath()
                    : ws.exportsDir().resolve(base + "." + format.extension());
            List<Incident> incidents = ws.incidents().all();
            List<Order> orders = ws.orders().all();
            // the same analysis as `analyse` (without the contact scan: possible breaches are for review, and the
            // export shows only confirmed breaches); an unknown article is refused here as there
            Analysis analysis = PatternAnalyser.bundled()
                    .analyse(new PatternAnalyser.Input(incidents, orders, List.of(), request.articles()));
            ExportOptions options = ExportOptions.of(audience).withRedactionList(redactionList(ws.root()))
                    .withOrders(orders).withIncidents(incidents, analysis, request.articles());
            ExportResult result = new TimelineExporter().export(timeline, format, options);
            write(result.bytes(), target);
            Path log = null;
            if (audience.redacted()) {
                log = target.resolveSibling(target.getFileName() + ".weglatingen.json");
                write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(
                        Map.of("audience", audience.code(), "export", target.getFileName().toString(),
                                "exportSha256", result.sha256(), "redactions", result.redactions())), log);
            }
            int entries = result.document().entries().size();
            ws.appendAudit("export", Map.of("format", format.extension(), "audience", audience.code(),
                    "path", target.toString(), "sha256", result.sha256(), "entries", entries,
                    "incidents", incidents.size(),
                    "redactions", result.redactions().size(), "redactionLog", log == null ? "" : log.toString()));
            ws.flushAudit();
            return new Result(target, entries);
        }
    }

    /** The case's redaction list, or an empty one: the detectors still remove addresses, numbers and e-mail. */
    static RedactionList redactionList(Path caseRoot) throws IOException {
        Path file = caseRoot.resolve(REDACTION_LIST);
        return Files.isRegularFile(file) ? Json.mapper().readValue(file.toFile(), RedactionList.class)
                : RedactionList.empty();
    }

    private Timeline timeline(CaseWorkspace ws) throws IOException {
        List<Suggestion> suggestions = ws.suggestions().all();
        Set<String> ids = suggestions.stream().filter(s -> s.state() != ReviewState.REJECTED)
                .map(Suggestion::passageId).collect(Collectors.toSet());
        List<TimelineBuilder.SourcedPassage> passages = List.of();
        long total = 0;
        Optional<PassageSearch> search = adapters.search(ws);
        if (search.isPresent()) {
            try (PassageSearch s = search.get()) {
                passages = s.passages(ids).stream()
                        .map(h -> new TimelineBuilder.SourcedPassage(h.passage(), h.sha256())).toList();
                total = s.passageCount();
            }
        }
        return TimelineBuilder.build(ws.caseFile(), ws.evidence().all(), passages, total, suggestions,
                ws.evidence().evidenceMetadata());
    }

    /** Through a temporary file and an atomic rename: a crash never leaves half an export. */
    private static void write(byte[] bytes, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        CaseWorkspace.createPrivateFile(tmp);
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
