package nl.patroon.templates.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.order.Order;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.redaction.RedactionList;

/**
 * What an export is for and what goes with it.
 *
 * @param audience      who reads it: decides redaction, open suggestions and the watermark
 * @param redactionList the case's own list of what to remove (school, shelter, victim's address)
 * @param orders        protective orders and family procedures of the case, for the summary
 * @param documentDate  the date written into the PDF's metadata; fixed, never the clock, so the same case gives
 *                      the same bytes (the audit log records when an export was really made)
 * @param incidents     the incidents a person confirmed (issue 20), shown first; empty until the case has any
 * @param analysis      the dossier's analysis of those incidents (chart, red flags, summary, family view), or null
 * @param articles      the articles the analysis was asked for (tenlastelegging); empty when it assessed all
 */
public record ExportOptions(Audience audience, RedactionList redactionList, List<Order> orders, Instant documentDate,
                            List<Incident> incidents, Analysis analysis, List<String> articles) {
    /** The default PDF date: 1 January 2000, UTC. */
    public static final Instant FIXED_DATE = Instant.parse("2000-01-01T00:00:00Z");

    public ExportOptions {
        Objects.requireNonNull(audience, "audience");
        redactionList = redactionList == null ? RedactionList.empty() : redactionList;
        orders = orders == null ? List.of() : List.copyOf(orders);
        documentDate = documentDate == null ? FIXED_DATE : documentDate;
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public static ExportOptions of(Audience audience) {
        return new ExportOptions(audience, RedactionList.empty(), List.of(), FIXED_DATE, List.of(), null, List.of());
    }

    public ExportOptions withRedactionList(RedactionList list) {
        return new ExportOptions(audience, list, orders, documentDate, incidents, analysis, articles);
    }

    public ExportOptions withOrders(List<Order> orders) {
        return new ExportOptions(audience, redactionList, orders, documentDate, incidents, analysis, articles);
    }

    public ExportOptions withIncidents(List<Incident> incidents, Analysis analysis) {
        return new ExportOptions(audience, redactionList, orders, documentDate, incidents, analysis, articles);
    }

    /** With the analysis of the chosen articles (an empty list: all articles were assessed). */
    public ExportOptions withIncidents(List<Incident> incidents, Analysis analysis, List<String> articles) {
        return new ExportOptions(audience, redactionList, orders, documentDate, incidents, analysis, articles);
    }

    public ExportOptions withDocumentDate(Instant date) {
        return new ExportOptions(audience, redactionList, orders, date, incidents, analysis, articles);
    }
}
