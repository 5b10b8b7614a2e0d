package nl.patroon.indexer.detect.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rules and cues read from rule files; a later file's rule or cue with the same id replaces the earlier. */
public record RuleSet(List<Rule> rules, List<Cue> cues) {
    public RuleSet {
        rules = List.copyOf(rules);
        cues = List.copyOf(cues);
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of());
    }

    public RuleSet overriddenBy(RuleSet later) {
        Map<String, Rule> r = new LinkedHashMap<>();
        rules.forEach(x -> r.put(x.language() + ":" + x.id(), x));
        later.rules.forEach(x -> r.put(x.language() + ":" + x.id(), x));
        Map<String, Cue> c = new LinkedHashMap<>();
        cues.forEach(x -> c.put(x.language() + ":" + x.id(), x));
        later.cues.forEach(x -> c.put(x.language() + ":" + x.id(), x));
        return new RuleSet(new ArrayList<>(r.values()), new ArrayList<>(c.values()));
    }
}
