package nl.patroon.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.core.json.Json;
import nl.patroon.shell.support.UserErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The README's first command, end to end on the bundled sample case: a workspace, every file accounted for,
 * a JSON and an HTML export, searchable passages, a case that verifies — and that stops verifying once an
 * export is edited.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
class DemoEndToEndTest {
    static final Path SAMPLE = Path.of("..", "samples", "zaak-demo");

    @Autowired
    DemoCommand demo;
    @Autowired
    SearchCommands search;
    @Autowired
    VerifyCommand verify;

    @TempDir
    Path tmp;

    @Test
    void the_demo_builds_a_case_from_the_sample_and_exports_its_timeline() throws Exception {
        Path dir = tmp.resolve("demo-zaak");
        String out = demo.demo(dir.toString(), SAMPLE.toString());

        assertThat(out).contains("Tijdlijn (HTML): " + dir.resolve("exports/tijdlijn.html"));
        JsonNode report = Json.mapper().readTree(dir.resolve("exports/ingest-report.json").toFile());
        long inputs;
        try (var files = Files.list(SAMPLE)) {
            inputs = files.filter(p -> !p.getFileName().toString().equals("zaak.json")).count();
        }
        java.util.List<String> paths = report.path("files").findValuesAsText("path");
        assertThat(paths.stream().filter(p -> !p.contains("!/"))).hasSize((int) inputs);
        // The lawyer's e-mail carries an attachment: evidence of its own, under the e-mail.
        assertThat(paths).anySatisfy(p -> assertThat(p).contains("07-email-3-sanne-aan-advocaat.eml!/"));
        assertThat(report.path("totals").path("failed").asInt()).isZero();
        // zaak.json describes the case (parketnummer, parties); it is not evidence
        assertThat(paths).noneMatch(p -> p.endsWith("zaak.json"));
        // owner-only everywhere, as the README promises: reports, the demo marker, the index, originals (0400)
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try (var all = Files.walk(dir)) {
                assertThat(all.toList()).allSatisfy(f -> assertThat(java.nio.file.attribute.PosixFilePermissions
                        .toString(Files.getPosixFilePermissions(f)).substring(3))
                        .as("group and other permissions of %s", dir.relativize(f)).isEqualTo("------"));
            }
        }

        JsonNode timeline = Json.mapper().readTree(dir.resolve("exports/tijdlijn.json").toFile());
        assertThat(timeline.path("parketnummer").asText()).isEqualTo("10/123456-24");
        assertThat(timeline.path("entries").size()).isGreaterThan(10);
        assertThat(timeline.path("exhibits").size()).isEqualTo(paths.size());
        assertThat(Files.readString(dir.resolve("exports/tijdlijn.html"))).contains("<article class=\"entry\"");

        String hits = search.search(new String[] {"\"ik maak je af\""}, dir.toString(), 20, false);
        assertThat(hits).contains("«ik maak je af»").contains("sha256 ");

        assertThat(verify.verify(dir.toString())).contains("In orde");
        Files.writeString(dir.resolve("exports/tijdlijn.html"), "<html>aangepast</html>");
        assertThatThrownBy(() -> verify.verify(dir.toString()))
                .isInstanceOf(UserErrors.CommandFailed.class)
                .hasMessageContaining("export gewijzigd na het exporteren");
    }

    @Test
    void the_same_case_gives_the_same_json() throws Exception {
        demo.demo(tmp.resolve("a").toString(), SAMPLE.toString());
        demo.demo(tmp.resolve("b").toString(), SAMPLE.toString());
        assertThat(Files.readString(tmp.resolve("a/exports/tijdlijn.json")))
                .isEqualTo(Files.readString(tmp.resolve("b/exports/tijdlijn.json")));
    }
}
