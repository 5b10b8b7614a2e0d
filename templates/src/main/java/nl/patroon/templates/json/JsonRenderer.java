package nl.patroon.templates.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import nl.patroon.core.json.Json;
import nl.patroon.templates.export.ExportDocument;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.TimelineRenderer;

/**
 * The JSON export: the export document as it is, pretty-printed, UTF-8, ending in a newline; deterministic.
 * Its schema is {@code tijdlijn.schema.json} beside this class.
 */
public final class JsonRenderer implements TimelineRenderer {
    public static final String SCHEMA_RESOURCE = "/nl/patroon/templates/json/tijdlijn.schema.json";

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public byte[] render(ExportDocument document) {
        try {
            byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
