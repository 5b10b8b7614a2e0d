package nl.patroon.core.legal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.problem.Problem;

/**
 * The offences Patroon knows, read from the data files in {@code nl/patroon/core/legal/} (listed in
 * {@code index.txt}): YAML that lawyers read and correct without programming. An unknown key or category is an
 * error with the file's name, not a silent default.
 */
public final class LegalCatalogue {
    private static final String FOLDER = "/nl/patroon/core/legal/";
    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static volatile LegalCatalogue bundled;

    private final Map<String, ArticleSpec> articles;

    public LegalCatalogue(List<ArticleSpec> articles) {
        Map<String, ArticleSpec> m = new LinkedHashMap<>();
        for (ArticleSpec a : articles) {
            if (m.put(a.article(), a) != null) {
                throw new IllegalArgumentException("article " + a.article() + " twice");
            }
        }
        this.articles = m;
    }

    /** The files shipped with Patroon, read once. */
    public static LegalCatalogue bundled() {
        LegalCatalogue c = bundled;
        if (c == null) {
            List<ArticleSpec> list = new ArrayList<>();
            for (String file : index()) {
                list.add(parse(file, read(FOLDER + file)));
            }
            c = new LegalCatalogue(list);
            bundled = c;
        }
        return c;
    }

    /** One article file's text. */
    public static ArticleSpec parse(String name, String yaml) {
        try {
            return YAML.readValue(yaml, ArticleSpec.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Fout in " + name + ": " + e.getMessage(), e);
        }
    }

    public List<ArticleSpec> articles() {
        return List.copyOf(articles.values());
    }

    /** Accepts "285b", "285B", "art. 285b"; throws with the known ids for anything else. */
    public ArticleSpec article(String id) {
        String key = id.strip().toLowerCase(java.util.Locale.ROOT).replace("art.", "").replace(" lid ", "-").strip();
        ArticleSpec a = articles.get(key);
        if (a == null) {
            throw Problem.of("article.unknown", id, String.join(", ", articles.keySet())).exception();
        }
        return a;
    }

    private static List<String> index() {
        List<String> files = new ArrayList<>();
        for (String line : read(FOLDER + "index.txt").split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                files.add(t);
            }
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = LegalCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            StringBuilder sb = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> sb.append(l).append('\n'));
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
