package nl.patroon.core.casefile;

import java.util.List;
import java.util.Objects;
import nl.patroon.core.problem.Problem;

/**
 * A person in the case. Message authors resolve to parties through {@link #aliases()} (names, phone
 * numbers, e-mail addresses, chat handles).
 */
public record Party(String id, PartyRole role, String name, List<String> aliases) {
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw Problem.of("party.no-name").exception();
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
