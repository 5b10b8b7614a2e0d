package nl.patroon.indexer.source.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aTimeInTheSpringGapIsMovedForwardByTheGap() {
        LocalTimes.Placed p = LocalTimes.place(LocalDateTime.parse("2024-03-31T02:30"), AMSTERDAM);

        assertThat(p.fit()).isEqualTo(LocalTimes.Fit.GAP);
        assertThat(p.at().toLocalDateTime()).isEqualTo("2024-03-31T03:30");
        assertThat(p.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void aTimeInTheAutumnOverlapTakesTheEarlierOffset() {
        LocalTimes.Placed p = LocalTimes.place(LocalDateTime.parse("2024-10-27T02:30"), AMSTERDAM);

        assertThat(p.fit()).isEqualTo(LocalTimes.Fit.OVERLAP);
        assertThat(p.at().toLocalDateTime()).isEqualTo("2024-10-27T02:30");
        assertThat(p.at().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void ordinaryTimesAreExact() {
        LocalTimes.Placed p = LocalTimes.place(LocalDateTime.parse("2024-10-27T03:30"), AMSTERDAM);

        assertThat(p.fit()).isEqualTo(LocalTimes.Fit.EXACT);
        assertThat(p.at().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void headerFormTurnsArabicIndicAndPersianDigitsIntoAsciiAndDropsDirectionMarks() {
        assertThat(ChatText.headerForm("[\u0661\u0668\u200f/\u0663\u200f/\u0662\u0660\u0662\u0662\u060c \u06F9:\u06F4\u06F1]"))
                .isEqualTo("[18/3/2022, 9:41]");
    }
}
