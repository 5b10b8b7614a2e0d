package nl.patroon.indexer.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * The {@code classify} protocol, a stable interface for evaluation. Input: JSON lines
 * {@code {"id": "...", "text": "...", "lang": "nl"|"en"}} ({@code lang} optional: guessed when absent).
 * Output: one line per valid input, {@code {"id": ..., "labels": [...], "matches": [{"category", "rule",
 * "start", "end", "confidence"}]}}. Offsets count Unicode code points of {@code text}, so they hold in any
 * language reading the JSON (an emoji is one). A bad line gets a Dutch error naming its line number on
 * the error stream and the rest goes on. Needs no case workspace.
 *
 * <p>Labels are the categories of high- and medium-confidence matches: a low-confidence match (a joke, a
 * negation, a vague phrase) stays in {@code matches} for the reviewer but is not asserted as a label.
 */
public final class Classifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Detector detector;

    public Classifier(Detector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    public static Classifier bundled() {
        return new Classifier(RuleDetector.bundled());
    }

    /** The categories a classification asserts: those of matches at high or medium confidence. */
    public static Set<Category> labels(List<Detection> detections) {
        Set<Category> labels = EnumSet.noneOf(Category.class);
        for (Detection d : detections) {
            if (d.confidence() != Confidence.LOW) {
                labels.add(d.category());
            }
        }
        return labels;
    }

    public ClassifyStats run(Reader in, Writer out, PrintWriter err) {
        long lines = 0;
        long classified = 0;
        long errors = 0;
        long labelled = 0;
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // One JSON object per line: no separator between root values (Jackson's default is a space).
            gen.setRootValueSeparator(null);
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    errors++;
                    err.println("regel " + lineNo + ": geen geldige JSON (" + e.getOriginalMessage() + ")");
                    continue;
                }
                String problem = problem(node);
                if (problem != null) {
                    errors++;
                    err.println("regel " + lineNo + ": " + problem);
                    continue;
                }
                String text = node.get("text").asText();
                JsonNode langNode = node.get("lang");
                String lang = langNode == null || langNode.isNull() ? null : langNode.asText();
                List<Detection> detections = detector.detect(text, lang);
                Set<Category> labels = labels(detections);
                write(gen, node.get("id"), text, labels, detections);
                out.write('\n');
                classified++;
                if (!labels.isEmpty()) {
                    labelled++;
                }
            }
            gen.flush();
            out.flush();
            err.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClassifyStats(lines, classified, errors, labelled);
    }

    private static String problem(JsonNode node) {
        if (!node.isObject()) {
            return "verwacht een JSON-object {\"id\": ..., \"text\": ...}";
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            return "veld \"id\" ontbreekt of is geen tekst of getal";
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return "veld \"text\" ontbreekt of is geen tekst";
        }
        JsonNode lang = node.get("lang");
        if (lang != null && !lang.isNull() && !(lang.isTextual() && java.util.Set.of("nl", "en").contains(lang.asText()))) {
            return "veld \"lang\" moet \"nl\" of \"en\" zijn";
        }
        return null;
    }

    private static void write(JsonGenerator gen, JsonNode id, String text, Set<Category> labels,
                              List<Detection> detections) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("id");
        if (id.isNumber()) {
            gen.writeNumber(id.decimalValue());
        } else {
            gen.writeString(id.asText());
        }
        gen.writeArrayFieldStart("labels");
        for (Category c : labels) {
            gen.writeString(c.name());
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("matches");
        for (Detection d : detections) {
            gen.writeStartObject();
            gen.writeStringField("category", d.category().name());
            gen.writeStringField("rule", d.ruleId());
            gen.writeNumberField("start", text.codePointCount(0, d.start()));
            gen.writeNumberField("end", text.codePointCount(0, d.end()));
            gen.writeStringField("confidence", d.confidence().code());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.flush();
    }
}
