package nl.patroon.core.incident;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;

/** Small incidents for tests: {@code incident("I-0001").at("2024-06-08T23:40").is(STRANGULATION).build()}. */
public final class IncidentBuilder {
    public static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    private final String id;
    private EventTime time;
    private final List<Category> categories = new ArrayList<>();
    private Actor actor = Actor.SUSPECT;
    private String description = "omschrijving";
    private final List<SupportingPassage> supports = new ArrayList<>();

    private IncidentBuilder(String id) {
        this.id = id;
    }

    public static IncidentBuilder incident(String id) {
        return new IncidentBuilder(id);
    }

    public static EventTime minute(String localDateTime) {
        return EventTime.at(ZonedDateTime.of(LocalDateTime.parse(localDateTime), AMS), TimePrecision.MINUTE);
    }

    public static EventTime approx(String localDateTime) {
        return EventTime.at(ZonedDateTime.of(LocalDateTime.parse(localDateTime), AMS), TimePrecision.APPROXIMATE);
    }

    public static EventTime day(String date) {
        return EventTime.at(LocalDate.parse(date).atStartOfDay(AMS), TimePrecision.DAY);
    }

    public static EventTime period(String from, String to) {
        return new EventTime(ZonedDateTime.of(LocalDateTime.parse(from), AMS),
                ZonedDateTime.of(LocalDateTime.parse(to), AMS), TimePrecision.INTERVAL);
    }

    public IncidentBuilder at(String localDateTime) {
        this.time = minute(localDateTime);
        return this;
    }

    public IncidentBuilder on(String date) {
        this.time = day(date);
        return this;
    }

    public IncidentBuilder undated() {
        this.time = null;
        return this;
    }

    public IncidentBuilder is(Category... cs) {
        categories.addAll(List.of(cs));
        return this;
    }

    public IncidentBuilder by(Actor a) {
        this.actor = a;
        return this;
    }

    public IncidentBuilder described(String d) {
        this.description = d;
        return this;
    }

    public IncidentBuilder from(SourceOrigin origin, String evidenceId) {
        return from(origin, evidenceId, "");
    }

    public IncidentBuilder from(SourceOrigin origin, String evidenceId, String person) {
        supports.add(new SupportingPassage(evidenceId, "p1." + (supports.size() + 1), "citaat", origin, person, ""));
        return this;
    }

    public Incident build() {
        if (supports.isEmpty()) {
            from(SourceOrigin.SUSPECT, "E-0001");
        }
        return new Incident(id, time, categories, actor, description, supports);
    }
}
