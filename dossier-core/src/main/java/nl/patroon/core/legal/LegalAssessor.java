package nl.patroon.core.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.order.Order;
import nl.patroon.core.taxonomy.Category;

/**
 * Lays the confirmed incidents against the elements of the chosen articles. An element is supported by the
 * suspect's incidents of its categories, by any incident of its {@code anyActor} categories (the victim's fear
 * is evidence of its effect, never his behaviour), and by its facts. The facts are judged over the article's
 * relevant incidents (those of any of its elements' categories). Each incident's facts are computed once; one
 * article costs one pass over the incidents per element.
 */
public final class LegalAssessor {
    private final List<Incident> incidents;
    private final boolean[] suspect;
    private final boolean[] ownWords;
    private final boolean[] medical;
    private final boolean[] independent;
    private final boolean[] victimOnly;
    private final boolean[] orderInForce;

    /** @param incidents confirmed incidents, in id order ({@link Incident#ID_ORDER}) */
    public LegalAssessor(List<Incident> incidents, List<Corroboration> corroborations, List<Order> orders) {
        this.incidents = incidents;
        int n = incidents.size();
        suspect = new boolean[n];
        ownWords = new boolean[n];
        medical = new boolean[n];
        independent = new boolean[n];
        victimOnly = new boolean[n];
        orderInForce = new boolean[n];
        List<Order> restraining = orders.stream().filter(o -> o.kind().restraining()).toList();
        for (int i = 0; i < n; i++) {
            Incident inc = incidents.get(i);
            Corroboration c = corroborations.get(i);
            if (!c.incidentId().equals(inc.id())) {
                throw new IllegalArgumentException("corroborations must be in the incidents' order");
            }
            suspect[i] = inc.actor() == Actor.SUSPECT;
            ownWords[i] = inc.supports().stream().anyMatch(s -> s.origin() == SourceOrigin.SUSPECT);
            medical[i] = inc.supports().stream().anyMatch(s -> s.origin() == SourceOrigin.MEDICAL);
            independent[i] = c.besidesVictim() > 0;
            victimOnly[i] = c.victimOnly();
            LocalDate day = inc.day();
            orderInForce[i] = day != null && restraining.stream().anyMatch(o -> o.inForceOn(day));
        }
    }

    public ArticleAssessment assess(ArticleSpec spec) {
        Set<Category> relevantCats = EnumSet.noneOf(Category.class);
        spec.elements().forEach(e -> relevantCats.addAll(e.categories()));
        boolean[] relevant = new boolean[incidents.size()];
        for (int i = 0; i < relevant.length; i++) {
            relevant[i] = suspect[i] && hasAny(incidents.get(i), relevantCats);
        }
        List<ElementAssessment> elements = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (ElementSpec e : spec.elements()) {
            ElementAssessment a = element(e, relevant);
            elements.add(a);
            if (a.status() == ElementAssessment.Status.GAP) {
                gaps.add(a.id());
            }
        }
        ContactStatistics contacts = spec.contacts() == null ? null
                : contacts(EnumSet.copyOf(spec.contacts().categories()));
        return new ArticleAssessment(spec.article(), spec.title(), spec.law(), spec.wording(), spec.assessment(),
                spec.verify(), elements, gaps, versions(spec, relevant), contacts);
    }

    private ElementAssessment element(ElementSpec e, boolean[] relevant) {
        Set<Category> cats = e.categories().isEmpty() ? Set.of() : EnumSet.copyOf(e.categories());
        Set<Category> any = e.anyActor().isEmpty() ? Set.of() : EnumSet.copyOf(e.anyActor());
        BitSet support = new BitSet(incidents.size());
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            Incident inc = incidents.get(i);
            if ((suspect[i] && hasAny(inc, cats)) || hasAny(inc, any)) {
                support.set(i);
            }
        }
        for (Fact f : e.facts()) {
            switch (f) {
                case REPETITION -> {
                    List<Integer> pool = new ArrayList<>();
                    for (int i = 0; i < incidents.size(); i++) {
                        if (relevant[i] && (cats.isEmpty() || hasAny(incidents.get(i), cats))) {
                            pool.add(i);
                        }
                    }
                    notes.add(repetition(pool, e.repetition(), support));
                }
                case ORDER_IN_FORCE -> addWhere(support, orderInForce, null);
                case SUSPECT_OWN_WORDS -> addWhere(support, ownWords, relevant);
                case INDEPENDENT_SUPPORT -> {
                    addWhere(support, independent, relevant);
                    List<String> alone = new ArrayList<>();
                    for (int i = 0; i < incidents.size(); i++) {
                        if (relevant[i] && victimOnly[i]) {
                            alone.add(incidents.get(i).id());
                        }
                    }
                    if (!alone.isEmpty()) {
                        notes.add("Alleen op de verklaring van het slachtoffer: " + alone.size() + " incident(en): "
                                + String.join(", ", alone.subList(0, Math.min(alone.size(), 20)))
                                + (alone.size() > 20 ? ", …" : "") + ".");
                    }
                }
                case MEDICAL_DOCUMENTATION -> addWhere(support, medical, null);
            }
        }
        // the incidents are in id order, so the set bits give the ids in order
        List<String> ids = new ArrayList<>(support.cardinality());
        support.stream().forEach(i -> ids.add(incidents.get(i).id()));
        ElementAssessment.Status status = e.judgementOnly() ? ElementAssessment.Status.TO_ASSESS
                : ids.isEmpty() ? ElementAssessment.Status.GAP
                : e.judgement() ? ElementAssessment.Status.TO_ASSESS : ElementAssessment.Status.COVERED;
        return new ElementAssessment(e.id(), e.name(), e.explanation(), status, status.dutch(), List.copyOf(ids),
                notes);
    }

    /** Adds the pool to the support when it meets the reading aid; says the figures either way. */
    private String repetition(List<Integer> pool, ElementSpec.Repetition r, BitSet support) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i : pool) {
            LocalDate d = incidents.get(i).day();
            if (d != null) {
                days.add(d);
            }
        }
        long span = days.isEmpty() ? 0 : ChronoUnit.DAYS.between(days.first(), days.last()) + 1;
        boolean met = pool.size() >= r.minIncidents() && days.size() >= r.minDays() && span >= r.minSpanDays();
        if (met) {
            pool.forEach(support::set);
        }
        return "Herhaling: " + pool.size() + " incidenten op " + days.size() + " dagen over " + span + " dagen"
                + (met ? "" : " — onder de leeshulp") + " (leeshulp: " + r.minIncidents() + " incidenten, "
                + r.minDays() + " dagen, " + r.minSpanDays() + " dagen; geen rechtsnorm).";
    }

    private ContactStatistics contacts(Set<Category> cats) {
        int count = 0;
        int undated = 0;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < incidents.size(); i++) {
            if (suspect[i] && hasAny(incidents.get(i), cats)) {
                count++;
                LocalDate d = incidents.get(i).day();
                if (d == null) {
                    undated++;
                } else {
                    days.add(d);
                }
            }
        }
        if (days.isEmpty()) {
            return new ContactStatistics(count, 0, null, null, 0, "0.00", undated);
        }
        long span = ChronoUnit.DAYS.between(days.first(), days.last()) + 1;
        BigDecimal weeks = BigDecimal.valueOf(Math.max(span, 7)).divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_UP);
        String perWeek = BigDecimal.valueOf(count - undated).divide(weeks, 2, RoundingMode.HALF_UP).toPlainString();
        return new ContactStatistics(count, days.size(), days.first().toString(), days.last().toString(), span,
                perWeek, undated);
    }

    private List<ArticleAssessment.VersionUse> versions(ArticleSpec spec, boolean[] relevant) {
        List<List<String>> per = new ArrayList<>();
        spec.versions().forEach(v -> per.add(new ArrayList<>()));
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            if (!relevant[i]) {
                continue;
            }
            LocalDate d = incidents.get(i).day();
            boolean placed = false;
            for (int v = 0; d != null && v < spec.versions().size() && !placed; v++) {
                if (spec.versions().get(v).appliesOn(d)) {
                    per.get(v).add(incidents.get(i).id());
                    placed = true;
                }
            }
            if (!placed) {
                unknown.add(incidents.get(i).id());
            }
        }
        List<ArticleAssessment.VersionUse> out = new ArrayList<>();
        for (int v = 0; v < spec.versions().size(); v++) {
            LawVersion lv = spec.versions().get(v);
            out.add(new ArticleAssessment.VersionUse(lv.label(), lv.from() == null ? null : lv.from().toString(),
                    lv.to() == null ? null : lv.to().toString(), lv.note(), per.get(v)));
        }
        if (!unknown.isEmpty()) {
            out.add(new ArticleAssessment.VersionUse("onbekend (geen datum of buiten elke versie)", null, null, "",
                    unknown));
        }
        return out;
    }

    private static void addWhere(BitSet support, boolean[] fact, boolean[] within) {
        for (int i = 0; i < fact.length; i++) {
            if (fact[i] && (within == null || within[i])) {
                support.set(i);
            }
        }
    }

    private static boolean hasAny(Incident inc, Set<Category> cats) {
        if (cats.isEmpty()) {
            return false;
        }
        for (Category c : inc.categories()) {
            if (cats.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
