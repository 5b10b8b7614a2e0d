package nl.patroon.core.legal;

import java.util.List;
import nl.patroon.core.taxonomy.Category;

/**
 * One element of an offence as a lawyer wrote it in the data file: which incident categories support it (the
 * suspect's behaviour), which support it whoever they are from ({@code anyActor}: the victim's fear), which
 * facts, and whether it needs a person's judgement (opzet, oogmerk, the klacht) even when support is found.
 */
public record ElementSpec(String id, String name, String explanation, List<Category> categories,
                          List<Category> anyActor, List<Fact> facts, Repetition repetition, boolean judgement) {

    /** The repetition reading aid for 'stelselmatig': not a legal norm, a line for the reader. */
    public record Repetition(int minIncidents, int minDays, int minSpanDays) {
    }

    public ElementSpec {
        if (id == null || name == null) {
            throw new IllegalArgumentException("an element needs an id and a name");
        }
        explanation = explanation == null ? "" : explanation.strip();
        categories = categories == null ? List.of() : List.copyOf(categories);
        anyActor = anyActor == null ? List.of() : List.copyOf(anyActor);
        facts = facts == null ? List.of() : List.copyOf(facts);
        if (facts.contains(Fact.REPETITION) && repetition == null) {
            throw new IllegalArgumentException(id + ": 'repetition' fact without its thresholds");
        }
    }

    /** True when nothing in the incidents can support it: only a person can (the klacht, a causal link). */
    public boolean judgementOnly() {
        return categories.isEmpty() && anyActor.isEmpty() && facts.isEmpty();
    }
}
