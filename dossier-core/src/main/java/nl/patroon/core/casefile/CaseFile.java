package nl.patroon.core.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;

/**
 * The small, human-readable identity of a case, persisted as {@code case.json}. Everything that grows
 * (evidence, suggestions, journal, reviews, incidents) lives in {@code case.db}; passages live in the Lucene
 * index. Protective orders are here (few, read by detection, corrected by people); the field is left out of
 * the file while there are none.
 */
public record CaseFile(
        int schemaVersion,
        String parketnummer,
        String title,
        Instant createdAt,
        String timeZone,
        String language,
        List<Party> parties,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Order> orders) {

    public static final int SCHEMA_VERSION = 1;
    public static final String DEFAULT_ZONE = "Europe/Amsterdam";

    public CaseFile {
        Objects.requireNonNull(parketnummer, "parketnummer");
        new Parketnummer(parketnummer);
        parties = parties == null ? List.of() : List.copyOf(parties);
        orders = orders == null ? List.of() : List.copyOf(orders);
        timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
        language = language == null ? "nl" : language;
    }

    /** Without orders (a case.json written before orders existed reads the same). */
    public CaseFile(int schemaVersion, String parketnummer, String title, Instant createdAt, String timeZone,
                    String language, List<Party> parties) {
        this(schemaVersion, parketnummer, title, createdAt, timeZone, language, parties, List.of());
    }

    public static CaseFile create(Parketnummer parketnummer, String title, Instant now) {
        return new CaseFile(SCHEMA_VERSION, parketnummer.value(), title, now, DEFAULT_ZONE, "nl", List.of());
    }

    /** Returns a copy with the party added under the next free id (P-01, P-02, …). */
    public CaseFile withParty(PartyRole role, String name, List<String> aliases) {
        List<Party> next = new ArrayList<>(parties);
        next.add(new Party(String.format("P-%02d", parties.size() + 1), role, name, aliases));
        return new CaseFile(schemaVersion, parketnummer, title, createdAt, timeZone, language, next, orders);
    }

    /** Returns a copy with the parties replaced (aliases changed), orders kept. */
    public CaseFile withParties(List<Party> changed) {
        return new CaseFile(schemaVersion, parketnummer, title, createdAt, timeZone, language, changed, orders);
    }

    /**
     * Returns a copy with the order added under the next free id (O-0001, …). Orders live here, in case.json,
     * because detection reads them at ingest (issue 19) and a person reads and corrects them; there are few.
     */
    public CaseFile withOrder(OrderKind kind, List<String> protects, String against, LocalDate from,
                              Optional<LocalDate> to, Optional<String> source, String note) {
        List<Order> next = new ArrayList<>(orders);
        next.add(new Order(String.format("O-%04d", orders.size() + 1), kind, protects, against, from, to, source,
                note));
        return new CaseFile(schemaVersion, parketnummer, title, createdAt, timeZone, language, parties, next);
    }
}
