package nl.patroon.indexer.detect.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * Reads the rule file format of the rules README: a {@code language xx} line, then blocks that start with
 * {@code rule <id>} or {@code cue <id>} followed by {@code key value} lines. {@code #} starts a comment.
 * Mistakes are reported with file name and line number, because lawyers edit these files.
 */
public final class RuleFileParser {

    /** A rule file that cannot be read as rules; the message names the file and line. */
    public static final class RuleFileException extends RuntimeException {
        public RuleFileException(String message) {
            super(message);
        }
    }

    private RuleFileParser() {
    }

    public static RuleSet parse(Reader reader, String origin) throws IOException {
        return parse(reader, origin, RuleSet.empty());
    }

    /**
     * @param before the rules read so far: their lists ({@code define @NAAM}, the concept lexicons) hold in this
     *               file too, for its language, and this file's lists hold for the files after it
     */
    public static RuleSet parse(Reader reader, String origin, RuleSet before) throws IOException {
        BufferedReader r = new BufferedReader(reader);
        List<Rule> rules = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        String language = null;
        Block block = null;
        java.util.Map<String, String> defines = new java.util.LinkedHashMap<>();
        int lineNo = 0;
        for (String raw; (raw = r.readLine()) != null; ) {
            lineNo++;
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] kv = line.split("\\s+", 2);
            String key = kv[0].toLowerCase(Locale.ROOT);
            String value = kv.length > 1 ? kv[1].strip() : "";
            String where = origin + ":" + lineNo;
            switch (key) {
                case "language" -> {
                    language = value.toLowerCase(Locale.ROOT);
                    defines.putAll(before.lists(language));
                }
                case "define" -> {
                    String[] nv = value.split("\\s+", 2);
                    if (nv.length < 2 || !nv[0].startsWith("@")) {
                        throw new RuleFileException(where + ": gebruik 'define @NAAM (woord|woord)'");
                    }
                    defines.put(nv[0], expand(nv[1], defines));
                }
                case "rule", "cue" -> {
                    finish(block, rules, cues);
                    if (language == null) {
                        throw new RuleFileException(where + ": 'language nl' (of en) moet boven de eerste regel staan");
                    }
                    if (value.isEmpty()) {
                        throw new RuleFileException(where + ": '" + key + "' zonder id");
                    }
                    block = new Block(key, value, language, where);
                }
                default -> {
                    if (block == null) {
                        throw new RuleFileException(where + ": '" + key + "' staat buiten een rule- of cue-blok");
                    }
                    block.put(key, key.equals("match") || key.equals("unless") ? expand(value, defines) : value,
                            where);
                }
            }
        }
        finish(block, rules, cues);
        java.util.Map<String, java.util.Map<String, String>> lists = new java.util.LinkedHashMap<>();
        if (language != null) {
            lists.put(language, defines);
        }
        return new RuleSet(rules, cues, lists);
    }

    /** Replaces {@code @NAME} by its definition; longer names first, so @FAM does not eat @FAMILIE. */
    private static String expand(String pattern, java.util.Map<String, String> defines) {
        String out = pattern;
        List<String> names = new ArrayList<>(defines.keySet());
        names.sort((a, b) -> b.length() - a.length());
        for (String n : names) {
            out = out.replace(n, defines.get(n));
        }
        return out;
    }

    private static String stripComment(String line) {
        // '#' only starts a comment at the line start or after whitespace, so "#metoo" in a pattern survives.
        int i = line.indexOf('#');
        while (i >= 0) {
            if (i == 0 || Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
            i = line.indexOf('#', i + 1);
        }
        return line;
    }

    private static void finish(Block b, List<Rule> rules, List<Cue> cues) {
        if (b == null) {
            return;
        }
        if (b.matches.isEmpty()) {
            throw new RuleFileException(b.where + ": '" + b.id + "' heeft geen 'match'-regel");
        }
        if (b.kind.equals("rule")) {
            if (b.category == null && b.signal == null) {
                throw new RuleFileException(b.where + ": rule '" + b.id + "' heeft geen 'category' (of 'signal')");
            }
            if (b.category != null && (b.nl == null || b.en == null)) {
                throw new RuleFileException(b.where + ": rule '" + b.id + "' mist een uitleg 'nl' of 'en'");
            }
            rules.add(new Rule(b.id, b.language, b.category, b.signal,
                    b.confidence == null ? Confidence.MEDIUM : b.confidence,
                    b.actor == null ? "author" : b.actor, b.target == null ? "victim" : b.target, b.severity,
                    b.nl, b.en, b.matches, b.unless, b.ignore, b.gap, b.where));
        } else {
            if (b.cueKind == null) {
                throw new RuleFileException(b.where + ": cue '" + b.id + "' heeft geen 'kind'");
            }
            cues.add(new Cue(b.id, b.language, b.cueKind, b.before, b.after, b.lower, b.matches, b.where, b.scope));
        }
    }

    private static final class Block {
        final String kind;
        final String id;
        final String language;
        final String where;
        Category category;
        String signal;
        Confidence confidence;
        String actor;
        String target;
        String severity;
        String nl;
        String en;
        CueKind cueKind;
        int before = 4;
        int after = 0;
        int lower = 1;
        int gap = PatternCompiler.NEAR_GAP;
        Cue.Scope scope = Cue.Scope.WINDOW;
        final List<String> matches = new ArrayList<>();
        final List<String> unless = new ArrayList<>();
        final java.util.Set<CueKind> ignore = java.util.EnumSet.noneOf(CueKind.class);

        Block(String kind, String id, String language, String where) {
            this.kind = kind;
            this.id = id;
            this.language = language;
            this.where = where;
        }

        void put(String key, String value, String where) {
            try {
                switch (key) {
                    case "category" -> category = Category.valueOf(value.toUpperCase(Locale.ROOT));
                    case "signal" -> signal = value;
                    case "confidence" -> confidence = Confidence.valueOf(value.toUpperCase(Locale.ROOT));
                    case "actor" -> actor = oneOf(value, "author", "suspect", "victim", "child", "third", "unknown");
                    case "target" -> target = oneOf(value, "victim", "child", "family", "new_partner", "pet",
                            "self", "property", "unknown");
                    case "severity" -> severity = oneOf(value, "simple", "serious", "sexual", "arson");
                    case "nl" -> nl = value;
                    case "en" -> en = value;
                    case "match" -> matches.add(value);
                    case "unless" -> unless.add(value);
                    case "ignore" -> {
                        for (String k : value.split("[\\s,]+")) {
                            ignore.add(CueKind.valueOf(k.toUpperCase(Locale.ROOT)));
                        }
                    }
                    case "kind" -> cueKind = CueKind.valueOf(value.toUpperCase(Locale.ROOT));
                    case "lower" -> lower = Integer.parseInt(value);
                    case "gap" -> gap = Integer.parseInt(value);
                    case "scope" -> scope(value);
                    default -> throw new RuleFileException(where + ": onbekend veld '" + key + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(where + ": ongeldige waarde '" + value + "' voor '" + key + "'");
            }
        }

        /**
         * {@code scope message}, {@code scope clause} (the hit's clause, or a cue opening the next one), or a window
         * inside the hit's clause: {@code scope before 4}, {@code scope before 4 after 2}.
         */
        private void scope(String value) {
            String[] parts = value.toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length == 1 && (parts[0].equals("message") || parts[0].equals("clause"))) {
                before = Integer.MAX_VALUE;
                after = Integer.MAX_VALUE;
                scope = parts[0].equals("message") ? Cue.Scope.MESSAGE : Cue.Scope.CLAUSE;
                return;
            }
            scope = Cue.Scope.WINDOW;
            before = 0;
            after = 0;
            for (int i = 0; i + 1 < parts.length; i += 2) {
                int n = Integer.parseInt(parts[i + 1]);
                switch (parts[i]) {
                    case "before" -> before = n;
                    case "after" -> after = n;
                    default -> throw new IllegalArgumentException(parts[i]);
                }
            }
        }

        private static String oneOf(String value, String... allowed) {
            String v = value.toLowerCase(Locale.ROOT);
            for (String a : allowed) {
                if (a.equals(v)) {
                    return v;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }
}
