package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.patroon.indexer.detect.analysis.AnalysedText;
import nl.patroon.indexer.detect.analysis.ChatAnalyzer;
import nl.patroon.indexer.detect.analysis.ChatSpelling;
import nl.patroon.indexer.detect.rules.Node;
import nl.patroon.indexer.detect.rules.PatternCompiler;
import org.junit.jupiter.api.Test;

/** The pattern language of the rules README, as a reader of a rule file expects it. */
class PatternTest {
    private final ChatAnalyzer analyzer;
    private final PatternCompiler compiler;

    PatternTest() throws Exception {
        analyzer = new ChatAnalyzer("nl", ChatSpelling.parse(new StringReader("k\tik\njou\tje\n")));
        compiler = new PatternCompiler(analyzer);
    }

    private boolean matches(String pattern, String text) {
        return !Node.minimal(compiler.compile(pattern).node().eval(AnalysedText.of(analyzer, text))).isEmpty();
    }

    @Test
    void aSequenceAllowsThreeExtraWordsInAll() {
        assertThat(matches("ik maak je af", "k maak jou echt helemaal af")).isTrue();
        assertThat(matches("ik maak je af", "ik maak je morgen echt heel helemaal af")).isFalse();
        assertThat(matches("ik maak je af", "je maak ik af")).isFalse();
    }

    @Test
    void farGapsAndAdjacentPhrases() {
        assertThat(matches("als je .. dan", "als je nu niet meteen naar huis komt dan")).isTrue();
        assertThat(matches("\"ik doe je wat\"", "ik doe je zus wat")).isFalse();
        assertThat(matches("\"ik doe je wat\"", "ik doe je wat")).isTrue();
    }

    @Test
    void choicesOptionalsPrefixesAndAnyOrder() {
        assertThat(matches("(ik|we) (steek|schiet) je neer", "we schieten je neer")).isTrue();
        assertThat(matches("je (bent)? dood", "je dood")).isTrue();
        assertThat(matches("vermoor* je", "vermoordt je")).isTrue();
        assertThat(matches("[mes keel]", "keel en mes")).isTrue();
        assertThat(matches("je krijgt <getal> euro", "je krijgt 20 euro")).isTrue();
    }

    @Test
    void exactWordsDoNotMatchOtherWordsWithTheSameStem() {
        assertThat(matches("nieuws", "nieuwe")).isTrue();
        assertThat(matches("=nieuws", "nieuwe")).isFalse();
        assertThat(matches("=nieuws", "het nieuws")).isTrue();
    }
}
