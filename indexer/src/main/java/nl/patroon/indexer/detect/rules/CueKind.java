package nl.patroon.indexer.detect.rules;

/** The kinds of context cue of reference.md §0. */
public enum CueKind {
    NEGATED("ontkenning", "negation"),
    HYPOTHETICAL("hypothetisch", "hypothetical"),
    JOKING("grap of spel", "joke or play"),
    REPORTED("weergegeven uitspraak", "reported speech");

    private final String dutch;
    private final String english;

    CueKind(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
