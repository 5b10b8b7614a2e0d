package nl.patroon.core.analysis;

import java.util.List;

/**
 * A trend over a monthly series, by the method in {@link Escalation}.
 *
 * @param series        the series the verdict is drawn from (counts per month, or the highest severity per
 *                      month with incidents)
 * @param slope         least-squares slope per month, three decimals
 * @param firstThird    mean of the first third of the series, three decimals
 * @param lastThird     mean of the last third
 */
public record Trend(Verdict verdict, String verdictNl, List<Integer> series, String slope, String firstThird,
                    String lastThird) {
    public enum Verdict {
        RISING("stijgend"), FALLING("dalend"), STABLE("gelijkblijvend"), INSUFFICIENT("te weinig gegevens");

        private final String dutch;

        Verdict(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public Trend {
        series = List.copyOf(series);
    }
}
