package nl.patroon.indexer.detect.rules;

import java.util.List;

/**
 * A context cue near a hit that lowers its confidence and is shown to the reviewer (reference.md §0.3–0.4):
 * negation, hypothetical, joking/play, reported speech. Cues never remove a hit.
 *
 * @param before how many tokens before the hit the cue may end (it also counts inside the hit)
 * @param after  how many tokens after the hit the cue may start; {@code Integer.MAX_VALUE} for the whole text
 * @param lower  how many confidence tiers it costs (high to medium is one)
 * @param scope  where it bears: in the hit's own clause(s) within {@code before}/{@code after} words, in the hit's
 *               clause or opening the next (a laugh after a sentence), or anywhere in the message (a game)
 */
public record Cue(String id, String language, CueKind kind, int before, int after, int lower,
                  List<String> matches, String origin, Scope scope) {
    /** Where a cue bears on a hit. */
    public enum Scope { WINDOW, CLAUSE, MESSAGE }

    public Cue {
        matches = List.copyOf(matches);
        scope = scope == null ? Scope.WINDOW : scope;
    }

    public Cue(String id, String language, CueKind kind, int before, int after, int lower, List<String> matches,
               String origin) {
        this(id, language, kind, before, after, lower, matches, origin,
                before == Integer.MAX_VALUE ? Scope.MESSAGE : Scope.WINDOW);
    }
}
