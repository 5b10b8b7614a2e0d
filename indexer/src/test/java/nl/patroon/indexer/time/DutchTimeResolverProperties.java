package nl.patroon.indexer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.patroon.core.passage.TimePrecision;

/** Randomised checks over many reference dates, in the spirit of Lucene's randomised tests. */
class DutchTimeResolverProperties {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    /** Past-tense narration: none of these may be placed after the day the report was written. */
    @Provide
    Arbitrary<String> pastNarration() {
        return Arbitraries.of("afgelopen vrijdag", "afgelopen maandag", "vrijdag jl.", "vorige week zondag",
                "gisteren", "eergisteren", "gisteravond", "gisteravond omstreeks 23.00 uur", "vannacht",
                "vannacht om drie uur", "vanochtend", "afgelopen zaterdagnacht", "vorige week", "vorige maand",
                "vorig jaar", "drie dagen geleden", "twee weken geleden", "een maand geleden", "vijf jaar geleden",
                "afgelopen zomer", "afgelopen winter", "8 juni", "29 februari", "31 december", "1 januari",
                "zaterdag 8 juni", "in de nacht van 7 op 8 juni", "in de nacht van 31 december op 1 januari",
                "op 12 maart omstreeks 22.15 uur", "afgelopen weekend", "in de nacht van zaterdag op zondag",
                "dinsdagavond 12 maart", "vrijdagavond jl.");
    }

    @Provide
    Arbitrary<LocalDate> references() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void pastNarrationNeverEndsAfterTheReferenceDay(@ForAll("pastNarration") String expression,
                                                    @ForAll("references") LocalDate reference) {
        List<TimeExpression> found = DutchTimeResolver.resolve(expression, reference, AMSTERDAM);

        assertThat(found).hasSize(1);
        ZonedDateTime endOfReference = reference.plusDays(1).atStartOfDay(AMSTERDAM);
        assertThat(found.get(0).time().start()).isBefore(endOfReference);
        assertThat(found.get(0).time().end()).isBefore(endOfReference);
    }

    /** Vague periods without a year may contain the reference day, but never start after it. */
    @Property
    void vaguePeriodsNeverStartAfterTheReferenceDay(
            @ForAll("references") LocalDate reference,
            @ForAll @IntRange(min = 0, max = 11) int month,
            @ForAll("thirds") String third) {
        List<TimeExpression> found = DutchTimeResolver.resolve(third + " " + MONTHS[month], reference, AMSTERDAM);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).time().start().toLocalDate()).isBeforeOrEqualTo(reference);
        assertThat(found.get(0).time().start().getMonthValue()).isEqualTo(month + 1);
        assertThat(found.get(0).time().precision()).isEqualTo(TimePrecision.INTERVAL);
    }

    @Provide
    Arbitrary<String> thirds() {
        return Arbitraries.of("begin", "medio", "eind");
    }

    /** Any written date, in any of the report styles, reads back as that very day. */
    @Property
    void everyWrittenDateReadsBackAsThatDay(@ForAll("references") LocalDate day, @ForAll @IntRange(min = 0, max = 3) int style) {
        String written = switch (style) {
            case 0 -> day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
            case 1 -> String.format("%02d-%02d-%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            case 2 -> day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
            default -> day.toString();
        };

        List<TimeExpression> found = DutchTimeResolver.resolve("Op " + written + " werd ik geslagen.",
                LocalDate.of(2036, 1, 1), AMSTERDAM);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).time().start().toLocalDate()).isEqualTo(day);
        assertThat(found.get(0).time().precision()).isEqualTo(TimePrecision.DAY);
    }

    /** A time range is never reversed: a range past midnight ends on the next day. */
    @Property
    void clockRangesAreNeverReversed(@ForAll @IntRange(min = 0, max = 23) int h1, @ForAll @IntRange(min = 0, max = 59) int m1,
                                     @ForAll @IntRange(min = 0, max = 23) int h2, @ForAll @IntRange(min = 0, max = 59) int m2) {
        String text = String.format("op 8 juni 2024 tussen %02d.%02d uur en %02d.%02d uur", h1, m1, h2, m2);

        List<TimeExpression> found = DutchTimeResolver.resolve(text, LocalDate.of(2024, 6, 9), AMSTERDAM);

        assertThat(found).hasSize(1);
        var t = found.get(0).time();
        assertThat(t.start()).isBeforeOrEqualTo(t.end());
        assertThat(t.start().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(t.start().getHour()).isEqualTo(h1);
        assertThat(t.end().getHour()).isEqualTo(h2);
        assertThat(java.time.Duration.between(t.start(), t.end())).isLessThan(java.time.Duration.ofDays(1));
    }

    /** Words and pieces every recogniser is built from, mixed with filler, in any case: stress for the prefilter. */
    @Provide
    Arbitrary<String> timeishTexts() {
        Arbitrary<String> piece = Arbitraries.of("om", "omstreeks", "rond", "tegen", "ongeveer", "circa", "ca.", "even na",
                "kort voor", "een", "één", "twee", "acht", "negen", "tien", "elf", "twaalf", "vijf", "over", "voor", "kwart",
                "half", "uur", "u", "'s avonds", "’s nachts", "in de ochtend", "in de nacht van", "nacht", "op", "van",
                "vanaf", "tot", "tot en met", "t/m", "tussen", "en", "8", "23.40", "7:05", "12-03-2024", "2024-06-08",
                "3/4/24", "juni", "mrt.", "maart", "mei", "2023", "1999", "zaterdag", "dinsdagavond", "jl.", "j.l.",
                "jongstleden", "afgelopen", "vorige", "vorig", "week", "weekend", "maand", "jaar", "geleden", "dagen",
                "gisteren", "gisteravond", "eergisteren", "vandaag", "vanavond", "vannacht", "zomer", "najaar",
                "begin", "medio", "eind", "einde", "sinds", "sedert", "in", "gedurende", "heel", "het", "de",
                "periode", "hij", "kwam", "thuis", "aangeefster", ",", ".", "Om", "OMSTREEKS", "Zaterdag", "JUNI",
                "12.30", "8.", "2.3", "20", "19", "14e", "1ste", "285 Sr", "2024.", "31-12", "7/8", "10:", "augustus",
                "sept.", "Dec", "jl", "zomer 2023", "'s", "ochtends");
        return piece.list().ofMinSize(1).ofMaxSize(14).map(words -> String.join(" ", words));
    }

    /** The prefilter only saves work: with and without it, every text yields the very same expressions. */
    @Property(tries = 5000)
    void thePrefilterNeverChangesWhatIsFound(@ForAll("timeishTexts") String text, @ForAll("references") LocalDate ref) {
        assertThat(DutchTimeResolver.resolve(text, ref, AMSTERDAM, true))
                .isEqualTo(DutchTimeResolver.resolve(text, ref, AMSTERDAM, false));
    }

    /**
     * Absolute expressions come from one scan read against two far-apart days; that is what two full resolutions
     * against those days, compared, give.
     */
    @Property(tries = 3000)
    void oneScanForAbsoluteExpressionsFindsWhatTwoResolutionsFind(@ForAll("timeishTexts") String text) {
        java.util.List<TimeExpression> a = DutchTimeResolver.resolve(text, LocalDate.of(2999, 12, 31), AMSTERDAM);
        java.util.List<TimeExpression> b = DutchTimeResolver.resolve(text, LocalDate.of(2998, 6, 30), AMSTERDAM);
        java.util.List<TimeExpression> expected = a.stream().filter(e -> e.dayKnown() && b.stream().anyMatch(o ->
                o.start() == e.start() && o.end() == e.end() && o.time().equals(e.time()))).toList();
        assertThat(DutchTimeResolver.resolveAbsolute(text, AMSTERDAM)).isEqualTo(expected);
    }
}
