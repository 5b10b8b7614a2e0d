package nl.patroon.indexer.source.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written readers of the hot path say exactly what the patterns say: the plain header reader either
 * declines or gives the header the general pattern reads, and the author split finds the colon the original
 * pattern found.
 */
class WhatsAppHeaderProperties {

    /** Lines near the header forms: digits, separators, clocks, brackets, marks, odd spaces and scripts. */
    @Provide
    Arbitrary<String> headerLikeLines() {
        Arbitrary<String> piece = Arbitraries.of("1", "12", "03", "2024", "24", "123", "12345", "0", "99", "/", "-",
                ".", ",", " ", ":", " - ", " \u2013 ", "[", "]", "] ", ", ", " ", "AM", "pm", "\u202F", "\u00A0",
                "\u200E", "BE", "R", "\u0661\u0662", "x", "Anna: hoi", ":", "\n", "14:56", "14.56", ":01", ";", "\t");
        return piece.list().ofMinSize(1).ofMaxSize(14).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> wellFormedHeaders() {
        Arbitrary<String> d = Arbitraries.integers().between(0, 39).map(String::valueOf);
        Arbitrary<String> y = Arbitraries.of("22", "2022", "2024", "24", "1999");
        Arbitrary<String> sep = Arbitraries.of("/", "-", ".");
        Arbitrary<String> h = Arbitraries.integers().between(0, 25).map(v -> v < 10 && v % 2 == 0 ? "0" + v : "" + v);
        Arbitrary<String> m = Arbitraries.integers().between(0, 61).map(v -> String.format("%02d", v));
        Arbitrary<String> formArb = Arbitraries.of("0", "1", "2", "3");
        return net.jqwik.api.Combinators.combine(List.<Arbitrary<String>>of(d, sep, d, y, h, m, m, formArb))
                .as(p -> {
                    String date = p.get(0) + p.get(1) + p.get(2) + p.get(1) + p.get(3);
                    String time = p.get(4) + ":" + p.get(5);
                    int form = Integer.parseInt(p.get(7));
                    return switch (form) {
                        case 0 -> date + " " + time + " - Anna: hoi";
                        case 1 -> date + ", " + time + " - Bram: ja";
                        case 2 -> "[" + date + ", " + time + ":" + p.get(6) + "] Anna: hoi";
                        default -> "[" + date + " " + time + "] Bram: nee";
                    };
                });
    }

    @Property(tries = 3000)
    void thePlainReaderDeclinesOrAgreesWithThePattern(@ForAll("headerLikeLines") String line) {
        WhatsAppHeader plain = WhatsAppHeader.parsePlain(line);
        if (plain != null) {
            assertThat(Optional.of(plain)).isEqualTo(WhatsAppHeader.parseByPattern(line));
        }
    }

    @Property(tries = 2000)
    void onWellFormedHeadersThePlainReaderAgreesWithThePattern(@ForAll("wellFormedHeaders") String line) {
        WhatsAppHeader plain = WhatsAppHeader.parsePlain(line);
        Optional<WhatsAppHeader> pattern = WhatsAppHeader.parseByPattern(line);
        if (plain != null) {
            assertThat(Optional.of(plain)).isEqualTo(pattern);
        } else {
            // declined only where the pattern rejects the clock too (25 o'clock, minute 60)
            assertThat(pattern).isEmpty();
        }
    }

    @Example
    void theCommonFormsTakeThePlainPath() {
        assertThat(WhatsAppHeader.parsePlain("18-03-2022 14:56 - Anna: hoi")).isNotNull();
        assertThat(WhatsAppHeader.parsePlain("18/03/2022, 14:56 - Anna: hoi")).isNotNull();
        assertThat(WhatsAppHeader.parsePlain("[18-03-2022 14:56:01] Anna: hoi")).isNotNull();
        assertThat(WhatsAppHeader.parsePlain("3/18/22, 2:56\u202FPM - Anna: hoi")).isNull();
        assertThat(WhatsAppHeader.parse("3/18/22, 2:56\u202FPM - Anna: hoi")).isPresent();
    }

    private static final Pattern AUTHOR = Pattern.compile("^([^:\\n]{1,100}?): (.*)$", Pattern.DOTALL);

    @Provide
    Arbitrary<String> messageTexts() {
        Arbitrary<String> piece = Arbitraries.of("Anna", " ", ":", ": ", "\n", "x", "Bram de Vries", "http://a",
                "12:30", "a".repeat(60), "b".repeat(45), "");
        return piece.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void theAuthorColonIsWhereThePatternSplits(@ForAll("messageTexts") String text) {
        Matcher m = AUTHOR.matcher(text);
        int colon = WhatsAppSource.authorColon(text);
        if (m.matches()) {
            assertThat(colon).isEqualTo(m.end(1));
        } else {
            assertThat(colon).isEqualTo(-1);
        }
    }
}
