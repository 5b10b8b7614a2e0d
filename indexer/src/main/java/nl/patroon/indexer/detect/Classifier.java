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
import java.util.function.Function;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.problem.ProblemException;
import nl.patroon.core.taxonomy.Category;

/**
 * The {@code classify} protocol, a stable interface for evaluation. Input: JSON lines
 * {@code {"id": "...", "text": "...", "lang": "nl"|"en"}} ({@code lang} optional: guessed when absent).
 * Optional fields say who wrote to whom, for the relevance of each match: {@code "author_role"} and
 * {@code "recipient_role"} (a party role: verdachte/suspect, slachtoffer/victim, kind/child, getuige/witness,
 * derde/third party; {@code recipient_role} may be a list) and {@code "conversation"} ({@code "one-to-one"},
 * {@code "group"} or {@code "document"} for a report or file).
 * Output: one line per valid input, {@code {"id": ..., "labels": [...], "matches": [{"category", "rule",
 * "start", "end", "confidence", "relevance"}]}}; relevance is behaviour, account or other (without roles the
 * text alone decides). Offsets count Unicode code points of {@code text}, so they hold in any
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

    /** With the rejected lines explained in Dutch. */
    public ClassifyStats run(Reader in, Writer out, PrintWriter err) {
        return run(in, out, err, Problem::dutch);
    }

    /** @param say words a rejected line's problem for the error stream (the shell: in the user's language) */
    public ClassifyStats run(Reader in, Writer out, PrintWriter err, Function<Problem, String> say) {
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
                    err.println(rejected(say, lineNo, Problem.of("classify.invalid-json", e.getOriginalMessage())));
                    continue;
                }
                Problem problem = problem(node);
                if (problem != null) {
                    errors++;
                    err.println(rejected(say, lineNo, problem));
                    continue;
                }
                String text = node.get("text").asText();
                JsonNode langNode = node.get("lang");
                String lang = langNode == null || langNode.isNull() ? null : langNode.asText();
                Exchange exchange;
                try {
                    exchange = exchange(node);
                } catch (IllegalArgumentException e) {
                    errors++;
                    err.println(e instanceof ProblemException p ? rejected(say, lineNo, p.problem())
                            : say.apply(Problem.of("classify.line", String.valueOf(lineNo), e.getMessage())));
                    continue;
                }
                List<Detection> detections = detector.detect(text, lang);
                Set<Category> labels = labels(detections);
                write(gen, node.get("id"), text, labels, detections, exchange);
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

    private static String rejected(Function<Problem, String> say, int lineNo, Problem why) {
        return say.apply(Problem.of("classify.line", String.valueOf(lineNo), say.apply(why)));
    }

    private static Problem problem(JsonNode node) {
        if (!node.isObject()) {
            return Problem.of("classify.not-an-object");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            return Problem.of("classify.no-id");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return Problem.of("classify.no-text");
        }
        JsonNode lang = node.get("lang");
        if (lang != null && !lang.isNull() && !(lang.isTextual() && java.util.Set.of("nl", "en").contains(lang.asText()))) {
            return Problem.of("classify.lang");
        }
        return null;
    }

    /** Who wrote to whom, from the optional fields; Exchange.UNKNOWN without them. */
    static Exchange exchange(JsonNode node) {
        JsonNode author = node.get("author_role");
        JsonNode recipient = node.get("recipient_role");
        JsonNode conversation = node.get("conversation");
        if (isAbsent(author) && isAbsent(recipient) && isAbsent(conversation)) {
            return Exchange.UNKNOWN;
        }
        String kind = isAbsent(conversation) ? "one-to-one" : conversation.asText().toLowerCase(java.util.Locale.ROOT);
        if (kind.equals("document")) {
            return Exchange.DOCUMENT;
        }
        if (!kind.equals("one-to-one") && !kind.equals("group")) {
            throw Problem.of("classify.conversation").exception();
        }
        Set<PartyRole> others = EnumSet.noneOf(PartyRole.class);
        if (!isAbsent(recipient)) {
            for (JsonNode r : recipient.isArray() ? recipient : List.of(recipient)) {
                others.add(role(r.asText()));
            }
        }
        PartyRole authorRole = isAbsent(author) ? null : role(author.asText());
        // Roles given by the caller are the whole story: whoever is not named is not the suspect.
        return new Exchange(authorRole, others, false, kind.equals("group"), false, true);
    }

    /** A party role, or one of the people a case has no party for (a confidant, the police, a professional). */
    private static PartyRole role(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "confidant", "vertrouwenspersoon", "friend", "vriendin", "vriend", "family", "familie", "police",
                    "politie", "professional", "hulpverlener" -> PartyRole.DERDE;
            default -> PartyRole.parse(text);
        };
    }

    private static boolean isAbsent(JsonNode n) {
        return n == null || n.isNull();
    }

    private static void write(JsonGenerator gen, JsonNode id, String text, Set<Category> labels,
                              List<Detection> detections, Exchange exchange) throws IOException {
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
            gen.writeStringField("relevance", RelevanceRules.of(d, exchange).name().toLowerCase(java.util.Locale.ROOT));
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.flush();
    }
}
