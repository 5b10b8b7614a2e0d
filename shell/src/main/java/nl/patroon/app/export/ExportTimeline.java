package nl.patroon.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;
import nl.patroon.templates.html.HtmlTimelineRenderer;
import nl.patroon.templates.json.JsonTimelineExporter;

/**
 * Exports a case's timeline: reads the suggestions and the passages they point at, builds the timeline
 * (pure, in dossier-core), renders it (templates) and writes it atomically. Each export is recorded in the
 * audit log with the SHA-256 of the written file, so that verify notices a later edit.
 */
public final class ExportTimeline {

    public enum Format { JSON, HTML;

        /** {@code json} or {@code html}, in any case. */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Onbekend formaat '" + name + "': kies json of html.");
            }
        }
    }

    /** @param out the file to write; null for {@code exports/tijdlijn.(json|html)} */
    public record Request(Path caseRoot, Format format, Path out) {
    }

    public record Result(Path file, int entries) {
    }

    private final Adapters adapters;

    public ExportTimeline(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            Timeline timeline = timeline(ws);
            Path target = request.out() != null ? request.out().toAbsolutePath()
                    : ws.exportsDir().resolve("tijdlijn." + request.format().name().toLowerCase(Locale.ROOT));
            write(timeline, request.format(), target);
            ws.appendAudit("export", Map.of("format", request.format().name().toLowerCase(Locale.ROOT),
                    "path", target.toString(), "sha256", Sha256.hex(Files.readAllBytes(target)),
                    "entries", timeline.entries().size()));
            ws.flushAudit();
            return new Result(target, timeline.entries().size());
        }
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
    private static void write(Timeline timeline, Format format, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        CaseWorkspace.createPrivateFile(tmp);
        if (format == Format.JSON) {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                new JsonTimelineExporter().write(timeline, os);
            }
        } else {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                new HtmlTimelineRenderer().render(timeline, w);
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
