package nl.patroon.templates.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.Findings;
import nl.patroon.core.analysis.PeriodTable;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.legal.ArticleAssessment;
import nl.patroon.core.legal.ContactStatistics;
import nl.patroon.core.legal.ElementAssessment;
import nl.patroon.core.order.OrderConflict;
import nl.patroon.core.redaction.Redaction;
import nl.patroon.core.redaction.RedactionPolicy;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.PartyView;

/**
 * The dossier's analysis as the export shows it: the month chart of confirmed incidents, the summary's findings
 * and the family view. Only a translation into export records (and redaction of free text): every figure and
 * every list of incidents comes from {@link Analysis}, so the export and {@code analyse} never disagree.
 */
final class AnalysisLines {
    private AnalysisLines() {
    }

    /** Confirmed incidents per month, every month from the first to the last, empty ones with 0. */
    static List<ExportDocument.Month> months(Analysis a) {
        if (a == null) {
            return List.of();
        }
        PeriodTable t = a.months();
        List<ExportDocument.Month> out = new ArrayList<>();
        for (int i = 0; i < t.periods().size(); i++) {
            List<ExportDocument.Count> counts = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> c : sortedCategories(t).entrySet()) {
                int n = c.getValue().get(i);
                if (n > 0) {
                    counts.add(new ExportDocument.Count(c.getKey(), n));
                }
            }
            out.add(new ExportDocument.Month(t.periods().get(i), t.total().get(i), counts));
        }
        return out;
    }

    static List<ExportDocument.CategoryTotal> categories(Analysis a) {
        if (a == null) {
            return List.of();
        }
        List<ExportDocument.CategoryTotal> out = new ArrayList<>();
        sortedCategories(a.months()).forEach((c, series) -> out.add(new ExportDocument.CategoryTotal(c,
                Category.valueOf(c).dutch(), series.stream().mapToInt(Integer::intValue).sum())));
        return out;
    }

    /** PeriodTable keeps its categories in an unordered map copy; the export lists them by id. */
    private static Map<String, List<Integer>> sortedCategories(PeriodTable t) {
        return new java.util.TreeMap<>(t.categories());
    }

    static Summary summary(Analysis a, List<String> chosen, Map<String, ExportDocument.IncidentLine> incidents) {
        if (a == null) {
            return Summary.empty(chosen);
        }
        List<Summary.Article> articles = a.articles().stream().map(AnalysisLines::article).toList();
        List<Summary.SingleSource> single = new ArrayList<>();
        Map<String, Corroboration> byId = new HashMap<>();
        a.corroboration().forEach(c -> byId.put(c.incidentId(), c));
        for (ExportDocument.IncidentLine i : incidents.values()) {
            Corroboration c = byId.get(i.id());
            if (c != null && c.independentOrigins() <= 1) {
                single.add(new Summary.SingleSource(i.id(), i.timeNl(), c.origins(), c.victimOnly()));
            }
        }
        var e = a.escalation();
        return new Summary(a.incidents(), a.undatedIncidentIds(), chosen,
                new Summary.Escalation(e.methodNl(), trend(e.frequency()), trend(e.severity())), articles, single);
    }

    private static Summary.Trend trend(nl.patroon.core.analysis.Trend t) {
        return new Summary.Trend(t.verdict().name(), t.verdictNl(), t.series(), t.slope(), t.firstThird(),
                t.lastThird());
    }

    private static Summary.Article article(ArticleAssessment a) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Summary.Element> elements = new ArrayList<>();
        for (ElementAssessment e : a.elements()) {
            names.put(e.id(), e.name());
            elements.add(new Summary.Element(e.id(), e.name(), e.status().name(), e.statusNl(), e.incidentIds(),
                    e.notes()));
        }
        ContactStatistics c = a.contacts();
        return new Summary.Article(a.article(), a.title(), a.law(), elements,
                a.gaps().stream().map(g -> names.getOrDefault(g, g)).toList(),
                c == null ? null : new Summary.Contacts(c.incidents(), c.days(), c.first(), c.last(), c.spanDays(),
                        c.perWeek(), c.undated()));
    }

    /** Per order, the confirmed incidents that breach it (empty for family procedures). */
    static Map<String, List<String>> breaches(Analysis a) {
        Map<String, List<String>> out = new HashMap<>();
        if (a != null) {
            a.family().breaches().forEach(b -> out.put(b.orderId(), b.incidentIds()));
        }
        return out;
    }

    static Family family(Analysis a, List<PartyView> parties, List<ExportDocument.OrderLine> orders,
                         Map<String, ExportDocument.IncidentLine> incidents, RedactionPolicy policy,
                         List<Redaction> log) {
        List<Family.Child> children = parties.stream().filter(p -> "kind".equals(p.role()))
                .map(p -> new Family.Child(p.id(), p.name())).toList();
        List<ExportDocument.OrderLine> procedures = orders.stream().filter(o -> !o.restraining()).toList();
        if (a == null) {
            return new Family(!children.isEmpty() || !procedures.isEmpty(), children, List.of(), List.of(),
                    List.of(), procedures, List.of());
        }
        Findings.Family f = a.family();
        Map<String, ExportDocument.OrderLine> orderById = new HashMap<>();
        orders.forEach(o -> orderById.put(o.id(), o));
        List<Family.Breach> breaches = new ArrayList<>();
        for (Findings.ConfirmedBreach b : f.breaches()) {
            ExportDocument.OrderLine o = orderById.get(b.orderId());
            breaches.add(new Family.Breach(b.orderId(), b.kind(), o == null ? null : o.from(), o == null ? null : o.to(),
                    refs(b.incidentIds(), incidents)));
        }
        List<Family.Conflict> conflicts = new ArrayList<>();
        for (OrderConflict c : a.orders().conflicts()) {
            var text = policy.redact(c.explanationNl());
            String where = "family.conflicts[" + c.restrainingOrderId() + "/" + c.familyOrderId() + "]";
            text.edits().forEach(ed -> log.add(new Redaction(where, ed.label(), ed.detector())));
            conflicts.add(new Family.Conflict(c.restrainingOrderId(), c.familyOrderId(), c.from().toString(),
                    c.to() == null ? null : c.to().toString(), c.shared(), text.text()));
        }
        List<Family.IncidentRef> present = refs(f.childrenPresent(), incidents);
        List<Family.IncidentRef> threats = refs(f.threatsAboutChildren(), incidents);
        boolean combined = !children.isEmpty() || !procedures.isEmpty() || !present.isEmpty() || !threats.isEmpty();
        return new Family(combined, children, present, threats, breaches, procedures, conflicts);
    }

    /** The incidents in the export's (time) order, which the map keeps. */
    private static List<Family.IncidentRef> refs(List<String> ids, Map<String, ExportDocument.IncidentLine> incidents) {
        List<Family.IncidentRef> out = new ArrayList<>();
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        for (String id : incidents.keySet()) {
            if (!wanted.contains(id)) {
                continue;
            }
            ExportDocument.IncidentLine i = incidents.get(id);
            if (i != null) {
                out.add(new Family.IncidentRef(id, i.timeNl(), i.description()));
            }
        }
        return out;
    }
}
