package nl.patroon.templates.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.Findings;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.order.Order;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.redaction.RedactedText;
import nl.patroon.core.redaction.RedactedTimeline;
import nl.patroon.core.redaction.Redaction;
import nl.patroon.core.redaction.RedactionPolicy;
import nl.patroon.core.timeline.CategoryCount;
import nl.patroon.core.timeline.Exhibit;
import nl.patroon.core.timeline.SuggestionView;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineEntry;

/** Turns a timeline prepared for an audience into the {@link ExportDocument} every format renders. Pure. */
public final class ExportDocumentBuilder {
    private static final Map<String, String> RED_FLAGS = redFlags();

    private ExportDocumentBuilder() {
    }

    public static ExportDocument build(RedactedTimeline prepared, List<Order> orders, RedactionPolicy policy) {
        return build(prepared, orders, List.of(), null, List.of(), policy);
    }

    /**
     * With the confirmed incidents and their analysis: incidents first; chart, red flags, summary and family view
     * from the analysis.
     *
     * @param articles the articles the analysis was asked for (empty: all)
     */
    public static ExportDocument build(RedactedTimeline prepared, List<Order> orders, List<Incident> incidents,
                                       Analysis analysis, List<String> articles, RedactionPolicy policy) {
        Timeline t = prepared.timeline();
        Audience audience = prepared.audience();
        List<Redaction> log = new ArrayList<>(prepared.log());
        Map<String, Exhibit> byId = new LinkedHashMap<>();
        t.exhibits().forEach(x -> byId.put(x.id(), x));
        Map<String, String> paths = MediumPaths.relative(t.exhibits());

        List<ExportDocument.Entry> entries = t.entries().stream().map(e -> entry(e, byId)).toList();
        List<ExportDocument.ExhibitLine> exhibits = t.exhibits().stream().map(x -> new ExportDocument.ExhibitLine(
                x.id(), x.name(), paths.get(x.id()), x.sourceKind(), x.mediaType(), x.sha256(), x.size(),
                x.parentId(), x.state(), x.reason(), x.passages(),
                x.facts().stream().map(f -> new ExportDocument.Fact(f.key(), f.value())).toList())).toList();
        StringBuilder lines = new StringBuilder();
        exhibits.forEach(x -> lines.append(x.id()).append(' ').append(x.sha256()).append(' ').append(x.path())
                .append('\n'));
        List<ExportDocument.OrderLine> orderLines = new ArrayList<>();
        Map<String, List<String>> breaches = AnalysisLines.breaches(analysis);
        for (Order o : orders) {
            RedactedText note = policy.redact(o.note());
            note.edits().forEach(ed -> log.add(new Redaction("orders[" + o.id() + "].note", ed.label(), ed.detector())));
            orderLines.add(new ExportDocument.OrderLine(o.id(), o.kind().code(), String.join(", ", o.protects()),
                    o.against(), o.from().toString(), o.to().map(Object::toString).orElse(null),
                    o.sourceEvidenceId().orElse(null), note.text(), o.kind().restraining(),
                    breaches.getOrDefault(o.id(), List.of())));
        }
        List<ExportDocument.IncidentLine> incidentLines = IncidentLines.of(incidents, byId, policy, log);
        Map<String, ExportDocument.IncidentLine> incidentById = new LinkedHashMap<>();
        incidentLines.forEach(i -> incidentById.put(i.id(), i));
        return new ExportDocument(ExportDocument.SCHEMA_VERSION, ExportDocument.DOCUMENT, audience.code(),
                audienceNl(audience), t.parketnummer(), t.title(), notice(audience),
                new ExportDocument.Period(t.period().from(), t.period().to()), t.parties(),
                AnalysisLines.months(analysis), AnalysisLines.categories(analysis),
                audience == Audience.WERKVERSIE ? months(t) : List.of(),
                analysis == null ? redFlags(entries) : redFlags(analysis),
                AnalysisLines.summary(analysis, articles, incidentById), orderLines,
                AnalysisLines.family(analysis, t.parties(), orderLines, incidentById, policy, log),
                incidentLines, entries, t.undatedEntries(),
                t.passagesWithoutSuggestion(), exhibits,
                new ExportDocument.Manifest("SHA-256", lines.toString(), Sha256.hex(lines.toString())), log);
    }

    private static ExportDocument.Entry entry(TimelineEntry e, Map<String, Exhibit> exhibits) {
        List<ExportDocument.ExhibitRef> refs = new ArrayList<>();
        refs.add(new ExportDocument.ExhibitRef(e.evidenceId(), name(exhibits.get(e.evidenceId())), e.passageId(),
                e.locatorNl(), e.sha256()));
        for (String copy : e.alsoIn()) {
            String evidenceId = copy.substring(0, Math.max(0, copy.indexOf(':')));
            Exhibit x = exhibits.get(evidenceId);
            refs.add(new ExportDocument.ExhibitRef(evidenceId, name(x), copy, copy.substring(copy.indexOf(':') + 1),
                    x == null ? null : x.sha256()));
        }
        String date = e.time() == null ? null : java.time.ZonedDateTime.parse(e.time()).toLocalDate().toString();
        return new ExportDocument.Entry(e.passageId(), e.time(), e.timeEnd(), e.precision(), e.timeNl(), date,
                e.author(), e.party(), e.speaker(), e.sourceKind(), e.system(), e.text(), e.segments(),
                e.suggestions(), refs);
    }

    private static String name(Exhibit x) {
        return x == null ? null : x.name();
    }

    /** Suggestions (open ones too: working version only) per month, empty months included. */
    static List<ExportDocument.Month> months(Timeline t) {
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
        for (CategoryCount c : t.counts()) {
            byMonth.computeIfAbsent(c.month(), m -> new LinkedHashMap<>()).merge(c.category(), c.count(), Integer::sum);
        }
        List<ExportDocument.Month> out = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return out;
        }
        YearMonth first = YearMonth.parse(((TreeMap<String, ?>) byMonth).firstKey());
        YearMonth last = YearMonth.parse(((TreeMap<String, ?>) byMonth).lastKey());
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Map<String, Integer> per = byMonth.getOrDefault(m.toString(), Map.of());
            out.add(new ExportDocument.Month(m.toString(), per.values().stream().mapToInt(Integer::intValue).sum(),
                    per.entrySet().stream().map(x -> new ExportDocument.Count(x.getKey(), x.getValue())).toList()));
        }
        return out;
    }

    /** The analysis's red flags that are present, each with its incidents. */
    private static List<ExportDocument.RedFlag> redFlags(Analysis analysis) {
        return analysis.redFlags().stream().filter(Findings.RedFlag::present)
                .map(f -> new ExportDocument.RedFlag(f.id(), f.nl(), f.incidentIds())).toList();
    }

    private static List<ExportDocument.RedFlag> redFlags(List<ExportDocument.Entry> entries) {
        List<ExportDocument.RedFlag> out = new ArrayList<>();
        RED_FLAGS.forEach((category, label) -> {
            List<String> ids = entries.stream()
                    .filter(e -> e.suggestions().stream().map(SuggestionView::category).anyMatch(category::equals))
                    .map(ExportDocument.Entry::id).toList();
            if (!ids.isEmpty()) {
                out.add(new ExportDocument.RedFlag(category, label, ids));
            }
        });
        return out;
    }

    static String audienceNl(Audience a) {
        return switch (a) {
            case RECHTBANK -> "rechtbank";
            case VERDEDIGING -> "verdediging (weggelakte versie)";
            case WEDERPARTIJ -> "wederpartij (weggelakte versie)";
            case WERKVERSIE -> "werkversie (intern, niet voor de rechtbank of derden)";
        };
    }

    static String notice(Audience a) {
        String confirmed = "Dit overzicht toont alleen markeringen die door een persoon zijn bevestigd. Elke vermelding"
                + " verwijst naar het bewijsstuk waarin zij staat.";
        return switch (a) {
            case RECHTBANK -> confirmed;
            case VERDEDIGING, WEDERPARTIJ -> confirmed + " Persoonsgegevens zijn weggelakt: elke weglating staat"
                    + " tussen vierkante haken in de tekst, zoals [telefoonnummer], en in het weglatingsoverzicht.";
            case WERKVERSIE -> "WERKVERSIE, alleen voor intern gebruik. Bevat ook automatische suggesties die nog niet"
                    + " door een persoon zijn beoordeeld; die zijn geen bewijs en geen vaststelling van feiten.";
        };
    }

    private static Map<String, String> redFlags() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ExportDocumentBuilder.class.getResourceAsStream("red-flags.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    out.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
