package nl.patroon.indexer.source.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurrogateReferenceReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a valid pair, decimal and hexadecimal: the character itself
        "&#55357;&#56856;|\uD83D\uDE18",
        "a&#xD83D;&#xDE18;b|a\uD83D\uDE18b",
        // halves without their partner, or in the wrong order: U+FFFD
        "&#55357; x|\uFFFD x",
        "&#56856;x|\uFFFDx",
        "&#56856;&#55357;|\uFFFD\uFFFD",
        "&#55357;&#55357;&#56856;|\uFFFD\uD83D\uDE18",
        "&#55357;&amp;|\uFFFD&amp;",
        "&#55357;|\uFFFD",
        // characters XML 1.0 forbids: U+FFFD; every allowed reference and entity passes unchanged
        "&#1;a|\uFFFDa",
        "&#10;&#x41;&#128545;&amp;&lt;|&#10;&#x41;&#128545;&amp;&lt;",
        // not references at all: unchanged, for the parser to judge
        "&#;|&#;", "&#12|&#12", "a & b|a & b", "&#x;|&#x;", "&#99999999999;|&#99999999999;"
    })
    void repairsSurrogateReferencesAndLeavesEverythingElse(String in, String out) throws IOException {
        assertThat(readAll(new SurrogateReferenceReader(new StringReader(in)))).isEqualTo(out);
    }

    private static String readAll(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[3];
        int n;
        while ((n = r.read(buf, 0, buf.length)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
