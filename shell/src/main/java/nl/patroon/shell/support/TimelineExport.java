package nl.patroon.shell.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.templates.html.HtmlTimelineRenderer;
import nl.patroon.templates.json.JsonTimelineExporter;
import org.springframework.stereotype.Component;

/**
 * Wiring for exports: reads the case (index and database), builds the timeline (dossier-core) and renders it
 * (templates). Each export is recorded in the audit log with the SHA-256 of the written file.
 */
@Component
public class TimelineExport {

    public enum Format { JSON, HTML }

    public Timeline timeline(CaseWorkspace ws) throws IOException {
        List<Suggestion> suggestions = ws.suggestions().all();
        Set<String> ids = suggestions.stream().filter(s -> s.state() != ReviewState.REJECTED)
                .map(Suggestion::passageId).collect(Collectors.toSet());
        List<TimelineBuilder.SourcedPassage> passages = List.of();
        long total = 0;
        if (PassageSearcher.exists(ws.indexDir())) {
            try (PassageSearcher searcher = new PassageSearcher(ws.indexDir())) {
                passages = searcher.passages(ids).stream()
                        .map(h -> new TimelineBuilder.SourcedPassage(h.passage(), h.sha256())).toList();
                total = searcher.passageCount();
            }
        }
        return TimelineBuilder.build(ws.caseFile(), ws.evidence().all(), passages, total, suggestions,
                ws.evidence().evidenceMetadata());
    }

    /** Writes the export and returns its path. {@code out} null means exports/tijdlijn.(json|html). */
    public Path write(CaseWorkspace ws, Format format, Path out) throws IOException {
        Timeline timeline = timeline(ws);
        Path target = out != null ? out.toAbsolutePath()
                : ws.exportsDir().resolve("tijdlijn." + format.name().toLowerCase(Locale.ROOT));
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
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        ws.appendAudit("export", Map.of("format", format.name().toLowerCase(Locale.ROOT), "path", target.toString(),
                "sha256", Sha256.hex(Files.readAllBytes(target)), "entries", timeline.entries().size()));
        ws.flushAudit();
        return target;
    }
}
