package nl.patroon.templates.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.TimelineExporter;

/**
 * The HTML export as the shell called it before audiences existed: the working version (open suggestions,
 * watermarked, nothing redacted). New code uses {@link TimelineExporter} with an audience.
 */
public final class HtmlTimelineRenderer {
    private final HtmlRenderer renderer = new HtmlRenderer();

    public void render(Timeline timeline, Writer out) {
        byte[] html = renderer.render(TimelineExporter.document(timeline, ExportOptions.of(Audience.WERKVERSIE)));
        try {
            out.write(new String(html, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
