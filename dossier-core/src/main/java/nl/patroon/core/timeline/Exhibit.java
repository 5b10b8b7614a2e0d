package nl.patroon.core.timeline;

/** One line of the exhibit list (bewijsstukkenlijst): what the item is and the hash of its original. */
public record Exhibit(String id, String name, String originalPath, String sourceKind, String mediaType,
                      String sha256, long size, String parentId, String state, String reason, int passages,
                      java.util.List<Fact> facts) {
    public Exhibit {
        facts = java.util.List.copyOf(facts);
    }

    /** Something the source read about the item: report date, proces-verbaalnummer, sender, … */
    public record Fact(String key, String value) {
    }
}
