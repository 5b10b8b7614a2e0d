package nl.patroon.core.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.legal.ArticleAssessment;
import nl.patroon.core.legal.ArticleSpec;
import nl.patroon.core.legal.LegalAssessor;
import nl.patroon.core.legal.LegalCatalogue;
import nl.patroon.core.order.Contact;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderBreaches;
import nl.patroon.core.order.OrderConflicts;
import nl.patroon.core.taxonomy.Category;

/**
 * The pattern analysis of confirmed incidents: counts per week and month, escalation, first appearances,
 * intervals, the red-flag checklist, Monckton-Smith's stages, corroboration, orders and the legal elements.
 * Pure and deterministic; every step is one or a few linear passes over the incidents (plus one sort), so a
 * case of 50,000 incidents is analysed in well under a second (bench/dossier).
 */
public final class PatternAnalyser {
    private final PatternSpec spec;
    private final LegalCatalogue catalogue;

    public PatternAnalyser(PatternSpec spec, LegalCatalogue catalogue) {
        this.spec = spec;
        this.catalogue = catalogue;
    }

    /** With the bundled data files. */
    public static PatternAnalyser bundled() {
        return new PatternAnalyser(PatternSpec.bundled(), LegalCatalogue.bundled());
    }

    /**
     * @param incidents confirmed incidents (any order)
     * @param contacts  contacts for the order-breach check (may be empty)
     * @param articles  the articles the prosecutor chose ("285b", "300-4"); empty for all
     */
    public record Input(List<Incident> incidents, List<Order> orders, List<Contact> contacts, List<String> articles) {
        public Input {
            incidents = List.copyOf(incidents);
            orders = List.copyOf(orders);
            contacts = List.copyOf(contacts);
            articles = List.copyOf(articles);
        }
    }

    public Analysis analyse(Input in) {
        List<Incident> all = new ArrayList<>(in.incidents());
        all.sort(Comparator.comparing(Incident::id, Incident.ID_ORDER));
        List<Corroboration> corroboration = all.stream().map(Corroboration::of).toList();
        List<Incident> dated = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (Incident i : all) {
            if (i.dated()) {
                dated.add(i);
            } else {
                undated.add(i.id());
            }
        }
        dated.sort(Comparator.comparing(Incident::day).thenComparing(Incident::id, Incident.ID_ORDER));
        List<Incident> behaviour = dated.stream().filter(i -> Counting.behaviour(i, spec)).toList();
        Escalation escalation = escalation(behaviour);
        List<ArticleSpec> chosen = in.articles().isEmpty() ? catalogue.articles()
                : in.articles().stream().map(catalogue::article).distinct().toList();
        LegalAssessor assessor = new LegalAssessor(all, corroboration, in.orders());
        List<ArticleAssessment> articles = chosen.stream().map(assessor::assess).toList();
        List<Findings.RedFlag> redFlags = redFlags(dated);
        return new Analysis(Analysis.SCHEMA, all.size(),
                dated.isEmpty() ? null : dated.get(0).day().toString(),
                dated.isEmpty() ? null : dated.get(dated.size() - 1).day().toString(),
                undated, PeriodCounter.weeks(dated), PeriodCounter.months(dated), escalation,
                firstAppearances(dated), intervals(behaviour), redFlags,
                Stages.of(spec, dated, escalation),
                corroboration, corroboration.stream().filter(Corroboration::victimOnly).map(Corroboration::incidentId)
                        .toList(),
                orders(in), articles, family(all, in.orders(), redFlags));
    }

    /** The children and the confirmed breaches: a few linear passes, ids in {@link Incident#ID_ORDER}. */
    private static Findings.Family family(List<Incident> byId, List<Order> orders, List<Findings.RedFlag> flags) {
        List<String> present = byId.stream().filter(i -> i.has(Category.CHILD_EXPOSURE)).map(Incident::id).toList();
        List<String> threats = flags.stream().filter(f -> f.id().equals("threats_about_children"))
                .flatMap(f -> f.incidentIds().stream()).toList();
        List<Incident> violations = byId.stream().filter(i -> i.dated() && i.actor() == Actor.SUSPECT && i.has(Category.ORDER_VIOLATION)).toList();
        List<Findings.ConfirmedBreach> breaches = new ArrayList<>();
        orders.stream().filter(o -> o.kind().restraining()).sorted(Comparator.comparing(Order::id)).forEach(o -> {
            List<String> ids = violations.stream().filter(i -> o.inForceOn(i.day())).map(Incident::id).toList();
            if (!ids.isEmpty()) {
                breaches.add(new Findings.ConfirmedBreach(o.id(), o.kind().code(), ids));
            }
        });
        return new Findings.Family(present, threats, breaches);
    }

    private Escalation escalation(List<Incident> behaviour) {
        if (behaviour.isEmpty()) {
            return new Escalation(Escalation.METHOD_NL, Escalation.trend(List.of()), Escalation.trend(List.of()));
        }
        YearMonth first = YearMonth.from(behaviour.get(0).day());
        YearMonth last = YearMonth.from(behaviour.get(behaviour.size() - 1).day());
        int n = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        int[] counts = new int[n];
        int[] maxSeverity = new int[n];
        for (Incident i : behaviour) {
            int m = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(i.day()));
            counts[m]++;
            maxSeverity[m] = Math.max(maxSeverity[m], Counting.severity(i, spec));
        }
        List<Integer> severity = Arrays.stream(maxSeverity).filter(s -> s > 0).boxed().toList();
        return new Escalation(Escalation.METHOD_NL, Escalation.trend(Arrays.stream(counts).boxed().toList()),
                Escalation.trend(severity));
    }

    private static List<Findings.FirstAppearance> firstAppearances(List<Incident> dated) {
        Map<Category, Incident> first = new EnumMap<>(Category.class);
        for (Incident i : dated) {
            for (Category c : Counting.counted(i)) {
                first.putIfAbsent(c, i);
            }
        }
        return first.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Category, Incident> e) -> e.getValue().day())
                        .thenComparing(e -> e.getKey().ordinal()))
                .map(e -> new Findings.FirstAppearance(e.getKey().name(), e.getKey().dutch(),
                        e.getValue().day().toString(), e.getValue().id()))
                .toList();
    }

    private static Intervals intervals(List<Incident> behaviour) {
        List<LocalDate> days = behaviour.stream().map(Incident::day).distinct().toList();
        List<Intervals.Gap> gaps = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            gaps.add(new Intervals.Gap(days.get(i - 1).toString(), days.get(i).toString(),
                    ChronoUnit.DAYS.between(days.get(i - 1), days.get(i))));
        }
        List<Intervals.Gap> recent = gaps.subList(Math.max(0, gaps.size() - 10), gaps.size());
        if (gaps.size() < 4) {
            return new Intervals(gaps.size(), "0.0", "0.0", Intervals.Verdict.INSUFFICIENT,
                    Intervals.Verdict.INSUFFICIENT.dutch(), recent);
        }
        int h = gaps.size() / 2;
        double a = median(gaps.subList(0, h));
        double b = median(gaps.subList(h, gaps.size()));
        Intervals.Verdict v = b < a ? Intervals.Verdict.SHORTENING
                : b > a ? Intervals.Verdict.LENGTHENING : Intervals.Verdict.STABLE;
        return new Intervals(gaps.size(), String.valueOf(a), String.valueOf(b), v, v.dutch(), recent);
    }

    private static double median(List<Intervals.Gap> gaps) {
        long[] d = gaps.stream().mapToLong(Intervals.Gap::days).sorted().toArray();
        int n = d.length;
        return n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2.0;
    }

    private List<Findings.RedFlag> redFlags(List<Incident> dated) {
        List<Findings.RedFlag> out = new ArrayList<>();
        for (PatternSpec.RedFlagSpec f : spec.redFlags()) {
            List<String> ids = Stages.matching(dated, f.categories(), f.actor(), f.afterFirst()).stream()
                    .map(Incident::id).sorted(Incident.ID_ORDER).toList();
            out.add(new Findings.RedFlag(f.id(), f.codes(), f.nl(), f.en(), !ids.isEmpty(), ids));
        }
        return out;
    }

    private static Findings.Orders orders(Input in) {
        List<Findings.OrderLine> lines = in.orders().stream().sorted(Comparator.comparing(Order::id))
                .map(o -> new Findings.OrderLine(o.id(), o.kind().code(), o.protects(), o.against(),
                        o.from().toString(), o.to().map(Object::toString).orElse(null),
                        o.sourceEvidenceId().orElse(null)))
                .toList();
        List<Findings.BreachLine> breaches = OrderBreaches.find(in.orders(), in.contacts()).stream()
                .map(b -> new Findings.BreachLine(b.orderId(), b.kind().code(), b.contact().passageId(),
                        b.contact().time().start().toOffsetDateTime().toString(), b.contact().from(),
                        b.protectedContacted(), b.certain(), b.contact().quote()))
                .toList();
        return new Findings.Orders(lines, breaches, OrderConflicts.find(in.orders()));
    }

    /** Exposed for the stages: is the incident counted for this scope? */
    static boolean inScope(Incident i, PatternSpec.ActorScope scope) {
        return scope == PatternSpec.ActorScope.any || i.actor() == Actor.SUSPECT;
    }
}
