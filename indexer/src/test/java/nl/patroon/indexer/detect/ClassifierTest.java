package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final Classifier CLASSIFIER = Classifier.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(List<JsonNode> out, String err, ClassifyStats stats) {
    }

    private static Run run(String input) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ClassifyStats stats = CLASSIFIER.run(new StringReader(input), out, new PrintWriter(err));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            // Strict JSON lines: every line is exactly one object, nothing before or after it.
            assertThat(l).startsWith("{").endsWith("}");
            lines.add(JSON.readTree(l));
        }
        return new Run(lines, err.toString(), stats);
    }

    @Test
    void answersEachLineWithLabelsAndMatches() throws Exception {
        Run r = run("""
                {"id": "m1", "text": "ik maak je af", "lang": "nl"}
                {"id": "m2", "text": "zullen we pizza bestellen", "lang": "nl"}
                """);
        assertThat(r.out()).hasSize(2);
        JsonNode first = r.out().get(0);
        assertThat(first.get("id").asText()).isEqualTo("m1");
        assertThat(first.get("labels")).extracting(JsonNode::asText).containsExactly("THREAT_TO_KILL");
        JsonNode match = first.get("matches").get(0);
        assertThat(match.get("category").asText()).isEqualTo("THREAT_TO_KILL");
        assertThat(match.get("rule").asText()).isNotBlank();
        assertThat(match.get("start").asInt()).isZero();
        assertThat(match.get("end").asInt()).isEqualTo("ik maak je af".length());
        assertThat(match.get("confidence").asText()).isEqualTo("high");
        assertThat(r.out().get(1).get("labels")).isEmpty();
        assertThat(r.out().get(1).get("matches")).isEmpty();
        assertThat(r.out().get(0).fieldNames()).toIterable().containsExactly("id", "labels", "matches");
    }

    @Test
    void badLinesAreReportedByLineNumberAndTheRestGoesOn() throws Exception {
        Run r = run("""
                {"id": "a", "text": "ik vermoord je"}
                {"id": "b", "text": "kapot
                ["geen", "object"]
                {"id": "c"}
                {"id": "d", "text": "you're dead"}
                """);
        assertThat(r.out()).extracting(n -> n.get("id").asText()).containsExactly("a", "d");
        assertThat(r.err()).contains("regel 2").contains("regel 3").contains("regel 4").doesNotContain("regel 5");
        assertThat(r.stats().errors()).isEqualTo(3);
        assertThat(r.stats().classified()).isEqualTo(2);
    }

    @Test
    void languageIsDetectedWhenAbsent() throws Exception {
        Run r = run("{\"id\": 7, \"text\": \"i'm going to kill you\"}\n");
        assertThat(r.out().get(0).get("id").asInt()).isEqualTo(7);
        assertThat(r.out().get(0).get("labels")).extracting(JsonNode::asText).contains("THREAT_TO_KILL");
    }

    @Test
    void offsetsCountCodePointsSoEmojiAreOneCharacter() throws Exception {
        String text = "😡😡 ik maak je af";
        Run r = run("{\"id\": \"e\", \"text\": \"" + text + "\", \"lang\": \"nl\"}\n");
        JsonNode match = r.out().get(0).get("matches").get(0);
        int[] cps = text.codePoints().toArray();
        String matched = new String(cps, match.get("start").asInt(),
                match.get("end").asInt() - match.get("start").asInt());
        assertThat(matched).isEqualTo("ik maak je af");
    }

    @Test
    void lowConfidenceMatchesAreShownButNotLabelled() throws Exception {
        Run r = run("{\"id\": \"j\", \"text\": \"ik vermoord je als je mijn chips opeet 😂\", \"lang\": \"nl\"}\n");
        JsonNode line = r.out().get(0);
        assertThat(line.get("labels")).isEmpty();
        assertThat(line.get("matches")).isNotEmpty();
        assertThat(line.get("matches").get(0).get("confidence").asText()).isEqualTo("low");
    }

    @Test
    void optionalRolesGiveEachMatchItsRelevance() throws Exception {
        Run r = run("""
                {"id": "s", "text": "ik maak je af", "lang": "nl", "author_role": "verdachte", "recipient_role": "slachtoffer"}
                {"id": "z", "text": "wie heeft mijn koekjes op?? ik maak je af 😂", "lang": "nl", "author_role": "derde", "recipient_role": ["slachtoffer"], "conversation": "one-to-one"}
                {"id": "a", "text": "hij kneep mijn keel dicht", "lang": "nl", "author_role": "victim", "recipient_role": "confidant"}
                {"id": "d", "text": "verdachte sloeg aangeefster", "lang": "nl", "conversation": "document"}
                {"id": "n", "text": "ik maak je af", "lang": "nl"}
                {"id": "x", "text": "ik maak je af", "author_role": "koning"}
                """);
        assertThat(r.out()).hasSize(5);
        assertThat(r.out()).extracting(l -> l.get("id").asText() + ":" + l.get("matches").get(0).get("relevance").asText())
                .containsExactly("s:behaviour", "z:other", "a:account", "d:account", "n:behaviour");
        assertThat(r.out().get(0).fieldNames()).toIterable().containsExactly("id", "labels", "matches");
        assertThat(r.err()).contains("regel 6").contains("koning");
    }
}
