package nl.patroon.indexer.detect.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules and cues read from rule files; a later file's rule or cue with the same id replaces the earlier.
 *
 * @param lists the named word lists per language ({@code define @LICHAAMSDEEL (...)}), from the concept lexicons
 *              ({@code *.lexicon}) and the rule files: a list defined in one file holds in every file read after it
 */
public record RuleSet(List<Rule> rules, List<Cue> cues, Map<String, Map<String, String>> lists) {
    public RuleSet {
        rules = List.copyOf(rules);
        cues = List.copyOf(cues);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        lists.forEach((lang, l) -> copy.put(lang, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(l))));
        lists = java.util.Collections.unmodifiableMap(copy);
    }

    public RuleSet(List<Rule> rules, List<Cue> cues) {
        this(rules, cues, Map.of());
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of(), Map.of());
    }

    /** The lists of one language, in definition order. */
    public Map<String, String> lists(String language) {
        return lists.getOrDefault(language, Map.of());
    }

    public RuleSet overriddenBy(RuleSet later) {
        Map<String, Rule> r = new LinkedHashMap<>();
        rules.forEach(x -> r.put(x.language() + ":" + x.id(), x));
        later.rules.forEach(x -> r.put(x.language() + ":" + x.id(), x));
        Map<String, Cue> c = new LinkedHashMap<>();
        cues.forEach(x -> c.put(x.language() + ":" + x.id(), x));
        later.cues.forEach(x -> c.put(x.language() + ":" + x.id(), x));
        Map<String, Map<String, String>> l = new LinkedHashMap<>();
        lists.forEach((lang, m) -> l.put(lang, new LinkedHashMap<>(m)));
        later.lists.forEach((lang, m) -> l.computeIfAbsent(lang, k -> new LinkedHashMap<>()).putAll(m));
        return new RuleSet(new ArrayList<>(r.values()), new ArrayList<>(c.values()), l);
    }
}
