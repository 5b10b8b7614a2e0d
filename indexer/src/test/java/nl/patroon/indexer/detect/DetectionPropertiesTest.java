package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DetectionPropertiesTest {
    private static final RuleDetector RULES = RuleDetector.bundled();

    @Provide
    Arbitrary<String> chat() {
        Arbitrary<String> words = Arbitraries.of("ik", "k", "maak", "je", "jou", "af", "dood", "vermoord", "😂",
                "haha", "nooit", "niet", "waar", "ben", "mes", "steek", "neer", "kinderen", "zie", "nooit meer",
                "als", "anders", "hij", "sloeg", "me", "Ë", "!!", "wr", "bn", "kill", "you", "i'll", " ", "\n");
        return words.list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void spansLieInsideTheTextAndRepeatExactly(@ForAll("chat") String text) {
        var first = RULES.detect(text, "nl");
        for (Detection d : first) {
            assertThat(d.start()).isBetween(0, d.end());
            assertThat(d.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(d.start(), d.end())).isNotBlank();
        }
        assertThat(RULES.detect(text, "nl")).isEqualTo(first);
    }
}
