package nl.patroon.templates.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.redaction.Redaction;
import nl.patroon.core.redaction.RedactionPolicy;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Exhibit;
import nl.patroon.core.timeline.TimelineBuilder;

/** The confirmed incidents as an export shows them: redacted for the audience, in time order, undated last. */
final class IncidentLines {
    private IncidentLines() {
    }

    static List<ExportDocument.IncidentLine> of(List<Incident> incidents, Map<String, Exhibit> exhibits,
                                                RedactionPolicy policy, List<Redaction> log) {
        List<Incident> ordered = new ArrayList<>(incidents);
        ordered.sort(java.util.Comparator
                .comparing((Incident i) -> i.dated() ? i.time().sortKey() : Long.MAX_VALUE)
                .thenComparing(Incident::id, Incident.ID_ORDER));
        List<ExportDocument.IncidentLine> out = new ArrayList<>();
        for (Incident i : ordered) {
            String at = "incidents[" + i.id() + "]";
            List<ExportDocument.IncidentSource> sources = new ArrayList<>();
            for (SupportingPassage s : i.supports()) {
                Exhibit x = exhibits.get(s.evidenceId());
                sources.add(new ExportDocument.IncidentSource(s.evidenceId(),
                        x == null ? null : redact(x.name(), at + ".sources[" + s.passageId() + "].name", policy, log),
                        s.passageId(), s.locator(),
                        redact(s.quote(), at + ".sources[" + s.passageId() + "].quote", policy, log),
                        s.origin().name().toLowerCase(Locale.ROOT), s.origin().dutch()));
            }
            Corroboration c = Corroboration.of(i);
            out.add(new ExportDocument.IncidentLine(i.id(),
                    i.time() == null ? null : i.time().start().toString(),
                    i.time() == null ? "UNKNOWN" : i.time().precision().name(),
                    i.dated() ? TimelineBuilder.dutchTime(i.time(), i.time().start().getZone()) : "datum onbekend",
                    i.dated() ? i.day().toString() : null,
                    i.categories().stream().map(Category::name).toList(),
                    i.categories().stream().map(Category::dutch).toList(),
                    i.actor().name().toLowerCase(Locale.ROOT),
                    redact(i.description(), at + ".description", policy, log),
                    sources, c.independentOrigins(), c.victimOnly()));
        }
        return out;
    }

    private static String redact(String text, String where, RedactionPolicy policy, List<Redaction> log) {
        var r = policy.redact(text);
        r.edits().forEach(e -> log.add(new Redaction(where, e.label(), e.detector())));
        return r.text();
    }
}
