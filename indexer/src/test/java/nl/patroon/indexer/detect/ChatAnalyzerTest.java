package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import nl.patroon.indexer.detect.analysis.AnalysedText;
import nl.patroon.indexer.detect.analysis.ChatAnalyzer;
import nl.patroon.indexer.detect.analysis.ChatSpelling;
import org.junit.jupiter.api.Test;

class ChatAnalyzerTest {
    private final ChatAnalyzer dutch = new ChatAnalyzer("nl", spelling("k\tik\njouw\tje\njou\tje\nwr\twaar\nbn\tben\n"));

    private static ChatSpelling spelling(String table) {
        try {
            return ChatSpelling.parse(new StringReader(table));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> terms(String text) {
        return AnalysedText.of(dutch, text).tokens().stream().map(AnalysedText.Token::term).toList();
    }

    @Test
    void chatSpellingBecomesStandardDutch() {
        assertThat(terms("k weet wr jouw moeder woont")).contains("ik", "waar", "je").doesNotContain("k", "wr");
    }

    @Test
    void caseAndDiacriticsAreFolded() {
        assertThat(terms("KNIEËN Één")).contains("knieen", "een");
    }

    @Test
    void stretchedLettersMatchBothReadings() {
        // "jeeee" may be "je" or "jee"; "dooood" is "dood".
        assertThat(terms("jeeee bent dooood")).contains("je", "jee", "dood");
    }

    @Test
    void emojiAreTokens() {
        assertThat(terms("ik maak je af 😂")).contains("😂");
    }

    @Test
    void stemIsStackedOnTheWordAtTheSamePosition() {
        AnalysedText t = AnalysedText.of(dutch, "vermoorden");
        assertThat(t.tokens()).extracting(AnalysedText.Token::position).containsOnly(0);
        assertThat(t.terms()).contains("vermoorden", "vermoord");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Hé, K MAAAK jou af!!";
        for (AnalysedText.Token tok : AnalysedText.of(dutch, text).tokens()) {
            assertThat(text.substring(tok.start(), tok.end())).isNotBlank();
        }
        AnalysedText.Token jou = AnalysedText.of(dutch, text).tokens().stream()
                .filter(t -> t.term().equals("je")).findFirst().orElseThrow();
        assertThat(text.substring(jou.start(), jou.end())).isEqualTo("jou");
    }
}
