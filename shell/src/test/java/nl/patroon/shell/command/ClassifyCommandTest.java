package nl.patroon.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.core.json.Json;
import nl.patroon.app.Adapters;
import nl.patroon.app.Settings;
import nl.patroon.app.search.Classify;
import nl.patroon.shell.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classify command's wiring: a file or standard input in, one JSON line per good input line out. */
class ClassifyCommandTest {
    static final String INPUT = "{\"id\":\"a\",\"text\":\"ik maak je af\"}\n"
            + "{kapot\n"
            + "{\"id\":\"b\",\"text\":\"lekker weertje vandaag\",\"lang\":\"nl\"}\n";

    @TempDir
    Path tmp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut;
    PrintStream oldErr;
    InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    List<String> outputLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    void assertProtocol() throws Exception {
        List<String> lines = outputLines();
        assertThat(lines).hasSize(2);
        JsonNode a = Json.mapper().readTree(lines.get(0));
        assertThat(a.path("id").asText()).isEqualTo("a");
        assertThat(a.path("labels").get(0).asText()).isEqualTo("THREAT_TO_KILL");
        assertThat(a.path("matches").get(0).path("rule").asText()).isNotBlank();
        JsonNode b = Json.mapper().readTree(lines.get(1));
        assertThat(b.path("labels")).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("regel 2");
    }

    @Test
    void classifies_a_file() throws Exception {
        Path file = Files.writeString(tmp.resolve("in.jsonl"), INPUT);
        new ClassifyCommand(new Classify(new Adapters(Settings.fromSystem()))).classify(file.toString(), null);
        assertProtocol();
    }

    @Test
    void classifies_standard_input() throws Exception {
        System.setIn(new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)));
        new ClassifyCommand(new Classify(new Adapters(Settings.fromSystem()))).classify(null, null);
        assertProtocol();
    }

    @Test
    void rejected_lines_and_the_summary_in_the_sessions_language() throws Exception {
        Path file = Files.writeString(tmp.resolve("in.jsonl"), INPUT + "[]\n{\"id\":\"c\",\"text\":\"x\",\"lang\":\"de\"}\n");
        try {
            Messages.use("en");
            new ClassifyCommand(new Classify(new Adapters(Settings.fromSystem()))).classify(file.toString(), null);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).startsWith(
                    "line 2: not valid JSON (Unexpected character ('k' (code 107)): was expecting double-quote to"
                            + " start field name)",
                    "line 4: expected a JSON object {\"id\": ..., \"text\": ...}",
                    "line 5: field \"lang\" must be \"nl\" or \"en\"",
                    "5 lines read, 2 classified, 3 rejected, 1 labelled");
            err.reset();
            Messages.use("nl");
            new ClassifyCommand(new Classify(new Adapters(Settings.fromSystem()))).classify(file.toString(), null);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).contains(
                    "regel 4: verwacht een JSON-object {\"id\": ..., \"text\": ...}",
                    "regel 5: veld \"lang\" moet \"nl\" of \"en\" zijn",
                    "5 regels gelezen, 2 geclassificeerd, 3 fout, 1 met label");
        } finally {
            Messages.use("nl");
        }
    }
}
