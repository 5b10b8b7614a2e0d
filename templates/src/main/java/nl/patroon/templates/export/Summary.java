package nl.patroon.templates.export;

import java.util.List;

/**
 * The summary page's findings, taken from the dossier's analysis of the confirmed incidents (never recomputed
 * here): escalation, the legal elements of the chosen articles with their gaps, and the incidents that rest on
 * one origin. The chart, the red flags and the orders with their breaches are beside it in {@link ExportDocument}.
 *
 * @param chosenArticles the articles asked for (tenlastelegging); empty when none were chosen and all are shown
 * @param escalation     null when the case has no confirmed incidents
 * @param singleSource   incidents with at most one independent origin, in time order
 */
public record Summary(int incidents, List<String> undatedIncidents, List<String> chosenArticles,
                      Escalation escalation, List<Article> articles, List<SingleSource> singleSource) {
    public Summary {
        undatedIncidents = List.copyOf(undatedIncidents);
        chosenArticles = List.copyOf(chosenArticles);
        articles = List.copyOf(articles);
        singleSource = List.copyOf(singleSource);
    }

    static Summary empty(List<String> chosenArticles) {
        return new Summary(0, List.of(), chosenArticles, null, List.of(), List.of());
    }

    /** Frequency and severity per month over the suspect's behaviour, with the method in words. */
    public record Escalation(String methodNl, Trend frequency, Trend severity) {
    }

    /** A trend: its verdict and the series it is drawn from (docs/DOSSIER.md). */
    public record Trend(String verdict, String verdictNl, List<Integer> series, String slope, String firstThird,
                        String lastThird) {
        public Trend {
            series = List.copyOf(series);
        }
    }

    /** One chosen article: per element the incidents that support it; gaps are the elements nothing supports. */
    public record Article(String article, String title, String law, List<Element> elements, List<String> gaps,
                          Contacts contacts) {
        public Article {
            elements = List.copyOf(elements);
            gaps = List.copyOf(gaps);
        }
    }

    /** @param status COVERED, GAP or TO_ASSESS */
    public record Element(String id, String name, String status, String statusNl, List<String> incidents,
                          List<String> notes) {
        public Element {
            incidents = List.copyOf(incidents);
            notes = List.copyOf(notes);
        }
    }

    /** For belaging (285b): how many contacts, on how many days, over what span; reading aids, not norms. */
    public record Contacts(int incidents, int days, String first, String last, long spanDays, String perWeek,
                           int undated) {
    }

    /**
     * @param origins    the independence keys (VICTIM, SUSPECT, POLICE:E-0002 …); empty when no origin is known
     * @param victimOnly true when that one origin is the victim's statement (art. 342 lid 2 Sv)
     */
    public record SingleSource(String incident, String timeNl, List<String> origins, boolean victimOnly) {
        public SingleSource {
            origins = List.copyOf(origins);
        }
    }
}
