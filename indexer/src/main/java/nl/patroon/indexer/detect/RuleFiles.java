package nl.patroon.indexer.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.patroon.indexer.detect.analysis.ChatSpelling;
import nl.patroon.indexer.detect.rules.RuleFileParser;
import nl.patroon.indexer.detect.rules.RuleSet;

/** Reads the rule, lexicon and spelling files: the bundled ones (class path) and a case's or team's folder. */
final class RuleFiles {
    private static final String BUNDLED = "rules/";

    /** What the files hold: rules, cues and lists, and the chat-spelling table per language. */
    record Read(RuleSet rules, Map<String, ChatSpelling> spelling) {
    }

    private RuleFiles() {
    }

    /** The bundled files, then the folder's: lexicons first, so its rule files can use the lists they define. */
    static Read withFolder(Path rulesDir) {
        RuleSet rules = bundledRules();
        Map<String, ChatSpelling> spelling = new LinkedHashMap<>(bundledSpelling());
        try (Stream<Path> files = Files.list(rulesDir)) {
            for (Path f : files.sorted(Comparator.comparing((Path x) -> !x.toString().endsWith(".lexicon"))
                    .thenComparing(Comparator.naturalOrder())).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".rules") || name.endsWith(".lexicon")) {
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        rules = rules.overriddenBy(RuleFileParser.parse(r, name, rules));
                    }
                } else if (name.endsWith(".spelling.tsv")) {
                    String lang = name.substring(0, name.indexOf('.'));
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        spelling.merge(lang, ChatSpelling.parse(r), ChatSpelling::with);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(rules, spelling);
    }

    static RuleSet bundledRules() {
        RuleSet set = RuleSet.empty();
        for (String name : bundledIndex()) {
            if (name.endsWith(".rules") || name.endsWith(".lexicon")) {
                try (Reader r = resource(BUNDLED + name)) {
                    set = set.overriddenBy(RuleFileParser.parse(r, name, set));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return set;
    }

    static Map<String, ChatSpelling> bundledSpelling() {
        Map<String, ChatSpelling> map = new LinkedHashMap<>();
        for (String name : bundledIndex()) {
            if (name.endsWith(".spelling.tsv")) {
                try (Reader r = resource(BUNDLED + name)) {
                    map.put(name.substring(0, name.indexOf('.')), ChatSpelling.parse(r));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return map;
    }

    /** The class path cannot be listed, so the bundled folder names its files in {@code index.txt}. */
    private static List<String> bundledIndex() {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(resource(BUNDLED + "index.txt"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Reader resource(String path) {
        InputStream in = RuleFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing bundled rule resource " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
