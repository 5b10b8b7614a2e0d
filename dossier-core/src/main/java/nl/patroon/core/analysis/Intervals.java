package nl.patroon.core.analysis;

import java.util.List;

/**
 * The days between consecutive days with behaviour incidents. SHORTENING when the median gap of the second half
 * of the gaps is below that of the first half (at least four gaps), LENGTHENING when above, else STABLE.
 *
 * @param gaps   number of gaps (distinct incident days minus one)
 * @param recent the last gaps (at most ten), oldest first
 */
public record Intervals(int gaps, String medianFirstHalf, String medianSecondHalf, Verdict verdict,
                        String verdictNl, List<Gap> recent) {
    public enum Verdict {
        SHORTENING("korter wordend"), LENGTHENING("langer wordend"), STABLE("gelijkblijvend"),
        INSUFFICIENT("te weinig gegevens");

        private final String dutch;

        Verdict(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    /** From one incident day to the next. */
    public record Gap(String from, String to, long days) {
    }

    public Intervals {
        recent = List.copyOf(recent);
    }
}
