package nl.patroon.core.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The small, human-readable identity of a case, persisted as {@code case.json}. Everything that grows
 * (evidence, suggestions, journal) lives in {@code case.db}; passages live in the Lucene index.
 */
public record CaseFile(
        int schemaVersion,
        String parketnummer,
        String title,
        Instant createdAt,
        String timeZone,
        String language,
        List<Party> parties) {

    public static final int SCHEMA_VERSION = 1;
    public static final String DEFAULT_ZONE = "Europe/Amsterdam";

    public CaseFile {
        Objects.requireNonNull(parketnummer, "parketnummer");
        new Parketnummer(parketnummer);
        parties = parties == null ? List.of() : List.copyOf(parties);
        timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
        language = language == null ? "nl" : language;
    }

    public static CaseFile create(Parketnummer parketnummer, String title, Instant now) {
        return new CaseFile(SCHEMA_VERSION, parketnummer.value(), title, now, DEFAULT_ZONE, "nl", List.of());
    }

    /** Returns a copy with the party added under the next free id (P-01, P-02, …). */
    public CaseFile withParty(PartyRole role, String name, List<String> aliases) {
        List<Party> next = new ArrayList<>(parties);
        next.add(new Party(String.format("P-%02d", parties.size() + 1), role, name, aliases));
        return new CaseFile(schemaVersion, parketnummer, title, createdAt, timeZone, language, next);
    }
}
