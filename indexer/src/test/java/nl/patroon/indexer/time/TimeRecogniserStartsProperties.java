package nl.patroon.indexer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.patroon.indexer.support.Matches;

/**
 * Each time-expression recogniser, tried only at word starts with the characters declared for it, finds exactly what
 * {@link Matcher#find()} finds (spans and groups), and the prefilter's one-pass word check agrees with
 * {@code String.contains}: on the sample reports and on texts built to hit the edges (accented and upper-case
 * letters, digits and dots before a word, quotes, words inside words).
 */
class TimeRecogniserStartsProperties {

    @Provide
    Arbitrary<String> narrationLikeTexts() {
        Arbitrary<String> piece = Arbitraries.of("op zaterdag 8 juni 2024", "omstreeks 23.40 uur", "Rond half elf",
                "'s avonds", "’s Nachts", "`s morgens", "in de nacht van 7 op 8 juni", "afgelopen vrijdag", "vrijdag jl.",
                "Vorige week zondag", "GISTERAVOND", "eergisteren", "in de zomer van 2023", "afgelopen winter",
                "begin maart", "medio 2022", "in mei 2021", "in juni", "in 2019", "sinds 2018", "sedert ca. 2017",
                "van 1 tot en met 3 mei 2024", "tussen 21.30 en 22.00 uur", "vanaf 8 uur tot 9 uur", "het afgelopen weekend",
                "nacht van zaterdag op zondag", "vorige maand", "afgelopen jaar", "drie dagen geleden", "zo'n 2 weken geleden",
                "12-03-2024", "12/3/24", "2024-03-12", "12.03.2024", "één uur", "Één", "kwart over negen", "tien voor half drie",
                "éénmaal", "xvrijdag", "3vrijdag", "é8 juni", ".23.40", ":10.00", "_in juni", "8juni", "ſinds 2018", "Kwart",
                "K", "ſ", "İn mei 2021", " ", "\n", ".", ",", "-", "/", "9", "a", "é", "ß");
        Arbitrary<String> separator = Arbitraries.of(" ", "", ", ", "\n");
        return Combinators.combine(piece, separator).as(String::concat).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 1500)
    void finds_what_find_finds(@ForAll("narrationLikeTexts") String text) {
        for (DutchTimeResolver.Recogniser r : DutchTimeResolver.RECOGNISERS) {
            assertThat(Matches.via(r.finder(text))).as(r.pattern().pattern()).isEqualTo(Matches.viaFind(r.pattern(), text));
        }
    }

    @Property(tries = 1500)
    void the_one_pass_word_check_agrees_with_contains(@ForAll("narrationLikeTexts") String text) {
        DutchTimeResolver.Probe probe = DutchTimeResolver.Probe.of(text);
        for (String w : List.of("19", "20", "van", "vanaf", "dag", "jl.", "j.l.", "t/m", "sinds", "uur", "kwart", "nacht",
                "zomer", "juni", "mei", "geleden", "week", "weekend", "tussen", "half", "nooit gevraagd")) {
            assertThat(probe.has(w)).as(w).isEqualTo(probe.folded().contains(w));
        }
    }

    /** The word-start mode is only sound for patterns that begin a word: a new recogniser must too. */
    @Example
    void every_pattern_begins_with_a_word_boundary_or_a_look_behind() {
        for (DutchTimeResolver.Recogniser r : DutchTimeResolver.RECOGNISERS) {
            assertThat(r.pattern().pattern()).as(r.pattern().pattern()).matches("(?s)(\\\\b|\\(\\?<!).*");
        }
    }

    @Example
    void finds_what_find_finds_in_the_sample_reports() throws Exception {
        int matches = 0;
        for (String name : List.of("01-pv-aangifte.txt", "02-pv-bevindingen.txt", "03-veilig-thuis-rapport.txt")) {
            String text = Files.readString(Path.of("..", "samples", "tools", name));
            for (DutchTimeResolver.Recogniser r : DutchTimeResolver.RECOGNISERS) {
                List<String> expected = Matches.viaFind(r.pattern(), text);
                assertThat(Matches.via(r.finder(text))).as(name + " " + r.pattern().pattern()).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(20);
    }
}
