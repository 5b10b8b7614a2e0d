package nl.patroon.templates.json;

import java.io.IOException;
import java.io.OutputStream;
import nl.patroon.core.json.Json;
import nl.patroon.core.timeline.Timeline;

/** The JSON export: the interchange format, deterministic (same case, same bytes). */
public final class JsonTimelineExporter {

    public void write(Timeline timeline, OutputStream out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, timeline);
        out.write('\n');
    }
}
