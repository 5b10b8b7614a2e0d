package nl.patroon.core.analysis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.taxonomy.Category;

/**
 * The data behind the pattern analysis ({@code nl/patroon/core/analysis/patterns.yaml}): severity levels per
 * category, the red-flag checklist and Monckton-Smith's stages, each mapped onto category ids.
 */
public record PatternSpec(Map<Category, Integer> severity, List<RedFlagSpec> redFlags, List<StageSpec> stages) {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static volatile PatternSpec bundled;

    /** suspect: only the suspect's behaviour counts; any: what anyone says (her fear, the separation). */
    public enum ActorScope {
        suspect, any
    }

    /**
     * @param afterFirst counts only incidents after the first incident of these categories (stalking after the
     *                   separation); empty: always
     */
    public record RedFlagSpec(String id, List<String> codes, String nl, String en, List<Category> categories,
                              ActorScope actor, List<Category> afterFirst) {
        public RedFlagSpec {
            codes = codes == null ? List.of() : List.copyOf(codes);
            categories = List.copyOf(categories);
            actor = actor == null ? ActorScope.suspect : actor;
            afterFirst = afterFirst == null ? List.of() : List.copyOf(afterFirst);
        }
    }

    /**
     * @param manual     when set, the stage cannot be read from incidents; the text says what a person checks
     * @param escalation the stage is also supported by rising frequency or severity
     */
    public record StageSpec(int stage, String nl, String manual, List<Category> categories, ActorScope actor,
                            List<Category> afterFirst, boolean escalation) {
        public StageSpec {
            categories = categories == null ? List.of() : List.copyOf(categories);
            actor = actor == null ? ActorScope.suspect : actor;
            afterFirst = afterFirst == null ? List.of() : List.copyOf(afterFirst);
        }
    }

    public PatternSpec {
        severity = severity.isEmpty() ? Map.of() : new EnumMap<>(severity);
        redFlags = List.copyOf(redFlags);
        stages = List.copyOf(stages);
    }

    /** 0 for categories that are not behaviour (SEPARATION, PREGNANCY, VICTIM_FEAR, NONE). */
    public int severityOf(Category c) {
        return severity.getOrDefault(c, 0);
    }

    public static PatternSpec bundled() {
        PatternSpec s = bundled;
        if (s == null) {
            try (InputStream in = PatternSpec.class.getResourceAsStream("/nl/patroon/core/analysis/patterns.yaml")) {
                s = parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = s;
        }
        return s;
    }

    public static PatternSpec parse(String yaml) {
        try {
            return YAML.readValue(yaml, PatternSpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Fout in patterns.yaml: " + e.getMessage(), e);
        }
    }
}
