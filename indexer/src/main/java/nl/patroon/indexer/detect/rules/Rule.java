package nl.patroon.indexer.detect.rules;

import java.util.List;
import java.util.Objects;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * A detection rule as a legal professional writes it (see the rules README): what it means, how sure a
 * match is, and the phrasings that match. A rule without category is a signal: it never produces a
 * suggestion alone but feeds the cross-message rules (a single "waar ben je" is no monitoring; five are).
 *
 * @param actor     "author" when the rule describes the writer's own act, or a taxonomy actor
 * @param matches   pattern lines; any one matching is a hit
 * @param unless    pattern lines that, found near a hit, mean the rule does not apply
 * @param gap       extra words a plain word sequence may contain (default 3; 0 = adjacent)
 * @param ignore    cue kinds that are part of the rule's own phrasing ("je ziet ze nooit meer" is not negated)
 */
public record Rule(String id, String language, Category category, String signal, Confidence confidence,
                   String actor, String target, String severity, String explanationNl, String explanationEn,
                   List<String> matches, List<String> unless, java.util.Set<CueKind> ignore, int gap, String origin) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        matches = List.copyOf(matches);
        unless = List.copyOf(unless);
        ignore = ignore == null ? java.util.Set.of() : java.util.Set.copyOf(ignore);
    }

    public boolean isSignal() {
        return category == null;
    }
}
