package nl.patroon.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationTest {
    @Test
    void a_rising_series_rises() {
        Trend t = Escalation.trend(List.of(1, 0, 2, 1, 3, 4));
        assertThat(t.verdict()).isEqualTo(Trend.Verdict.RISING);
        assertThat(t.slope()).isEqualTo("0.657");
        assertThat(t.firstThird()).isEqualTo("0.500");
        assertThat(t.lastThird()).isEqualTo("3.500");
    }

    @Test
    void one_late_outlier_month_does_not_make_a_falling_series_rise() {
        // slope positive (the outlier), but the last third's mean is not above the first third's
        Trend t = Escalation.trend(List.of(5, 5, 5, 0, 0, 0, 0, 0, 12));
        assertThat(t.verdict()).isEqualTo(Trend.Verdict.STABLE);
    }

    @Test
    void falling_flat_and_too_short() {
        assertThat(Escalation.trend(List.of(4, 3, 2, 1)).verdict()).isEqualTo(Trend.Verdict.FALLING);
        assertThat(Escalation.trend(List.of(2, 2, 2)).verdict()).isEqualTo(Trend.Verdict.STABLE);
        assertThat(Escalation.trend(List.of(1, 9)).verdict()).isEqualTo(Trend.Verdict.INSUFFICIENT);
    }
}
