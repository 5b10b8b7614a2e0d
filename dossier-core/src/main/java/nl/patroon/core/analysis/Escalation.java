package nl.patroon.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Escalation in frequency and in severity, descriptive, never a risk score. The method (also in
 * docs/DOSSIER.md), over the suspect's behaviour incidents that have a date:
 * <ul>
 *   <li><b>Frequency</b>: the number of incidents in each calendar month from the first to the last, empty
 *       months as 0.</li>
 *   <li><b>Severity</b>: for each month that has incidents, the highest severity level among them (levels in
 *       patterns.yaml: 1 control, 2 threats and damage, 3 violence and threats to kill, 4 strangulation,
 *       weapons, sexual violence).</li>
 *   <li>A series of fewer than three values gives INSUFFICIENT. Otherwise: the ordinary least-squares slope
 *       over the month index, and the mean of the first and of the last third (a third is at least one value).
 *       RISING when the slope is positive <i>and</i> the last third's mean is above the first third's;
 *       FALLING when both point down; else STABLE. Requiring both keeps one outlier month from deciding.</li>
 * </ul>
 */
public record Escalation(String methodNl, Trend frequency, Trend severity) {
    static final String METHOD_NL = "Per maand: aantal incidenten (lege maanden als 0) en het hoogste ernstniveau "
            + "(maanden met incidenten). Stijgend als de kleinste-kwadratenhelling positief is én het gemiddelde van "
            + "het laatste derde boven dat van het eerste derde ligt; dalend als beide dalen; anders gelijkblijvend. "
            + "Minder dan drie waarden: te weinig gegevens.";

    static Trend trend(List<Integer> series) {
        int n = series.size();
        if (n < 3) {
            return new Trend(Trend.Verdict.INSUFFICIENT, Trend.Verdict.INSUFFICIENT.dutch(), series, "0.000",
                    "0.000", "0.000");
        }
        double meanX = (n - 1) / 2.0;
        double meanY = series.stream().mapToInt(Integer::intValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (series.get(i) - meanY);
            den += (i - meanX) * (i - meanX);
        }
        double slope = num / den;
        int k = Math.max(1, n / 3);
        double first = series.subList(0, k).stream().mapToInt(Integer::intValue).average().orElse(0);
        double last = series.subList(n - k, n).stream().mapToInt(Integer::intValue).average().orElse(0);
        Trend.Verdict v = slope > 1e-9 && last > first ? Trend.Verdict.RISING
                : slope < -1e-9 && last < first ? Trend.Verdict.FALLING : Trend.Verdict.STABLE;
        return new Trend(v, v.dutch(), series, fixed(slope), fixed(first), fixed(last));
    }

    static String fixed(double d) {
        return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
