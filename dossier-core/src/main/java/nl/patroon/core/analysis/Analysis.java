package nl.patroon.core.analysis;

import java.util.List;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.legal.ArticleAssessment;

/**
 * The descriptive analysis of a case's confirmed incidents: no risk score, no timestamps, every collection in a
 * fixed order, so the same case gives the same JSON bytes (schema {@value #SCHEMA}, docs/DOSSIER.md).
 *
 * @param period             first and last day with a dated incident (ISO), or nulls
 * @param undatedIncidentIds incidents without a date: listed, never dropped
 * @param victimOnly         incidents resting on the victim's statement alone (art. 342 lid 2 Sv)
 * @param family             the children and the orders, for a combined hearing (added last: additive to schema 1)
 */
public record Analysis(String schema, int incidents, String firstDay, String lastDay,
                       List<String> undatedIncidentIds, PeriodTable weeks, PeriodTable months, Escalation escalation,
                       List<Findings.FirstAppearance> firstAppearances, Intervals intervals,
                       List<Findings.RedFlag> redFlags, List<Findings.Stage> stages,
                       List<Corroboration> corroboration, List<String> victimOnly, Findings.Orders orders,
                       List<ArticleAssessment> articles, Findings.Family family) {
    public static final String SCHEMA = "patroon.analysis/1";

    public Analysis {
        undatedIncidentIds = List.copyOf(undatedIncidentIds);
        firstAppearances = List.copyOf(firstAppearances);
        redFlags = List.copyOf(redFlags);
        stages = List.copyOf(stages);
        corroboration = List.copyOf(corroboration);
        victimOnly = List.copyOf(victimOnly);
        articles = List.copyOf(articles);
    }
}
