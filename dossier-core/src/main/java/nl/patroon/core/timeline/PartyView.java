package nl.patroon.core.timeline;

import java.util.List;

/** A party as listed in an export. */
public record PartyView(String id, String role, String name, List<String> aliases) {
    public PartyView {
        aliases = List.copyOf(aliases);
    }
}
