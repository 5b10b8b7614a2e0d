package nl.patroon.indexer.solr;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.patroon.indexer.attribution.AuthorResolver;

/**
 * The identifiers under which a person is found across cases, normalised exactly as within a case (the author
 * attribution's keys): {@code tel:+31612345678} (E.164), {@code mail:naam@example.nl}, {@code name:mark de vries}
 * (lower-case, accents folded), and {@code name:…|1985-03-02} when the date of birth is known.
 */
final class PersonKeys {
    private PersonKeys() {
    }

    static List<String> of(String name, List<String> aliases, Optional<LocalDate> birthDate) {
        TreeSet<String> keys = new TreeSet<>(); // sorted: the same party gives the same document
        AuthorResolver.keys(name).forEach(keys::add);
        for (String alias : aliases) {
            AuthorResolver.keys(alias).forEach(keys::add);
        }
        birthDate.ifPresent(d -> AuthorResolver.keys(name).stream().filter(k -> k.startsWith("name:"))
                .forEach(k -> keys.add(k + "|" + d)));
        return List.copyOf(keys);
    }

    /** The keys of one identifier typed by a user: a phone number, an e-mail address or a name. */
    static List<String> ofIdentifier(String identifier) {
        return AuthorResolver.keys(identifier);
    }
}
