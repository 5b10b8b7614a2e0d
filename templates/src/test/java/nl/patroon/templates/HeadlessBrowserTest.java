package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.patroon.core.redaction.Audience;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.TimelineExporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the exported timeline in a real headless browser (Debian's Chromium; CI installs it), driven over the
 * DevTools protocol: what a clerk sees, that the filters work, that the page asks nothing of the network, raises
 * no console error or policy violation, and that hostile evidence text stays text.
 */
class HeadlessBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;
    static Path html;

    @BeforeAll
    static void export() throws Exception {
        html = tmp.resolve("tijdlijn.html");
        Files.write(html, new TimelineExporter().export(CaseFixture.standard().build(), ExportFormat.HTML,
                CaseFixture.options(Audience.WERKVERSIE)).bytes());
    }

    @Test
    void the_timeline_renders_filters_and_stays_offline_in_chromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium ontbreekt (apt-get install -y chromium): browsertest overgeslagen");
        try (DevTools browser = new DevTools(CHROMIUM, tmp.resolve("profile"))) {
            for (String domain : List.of("Network", "Runtime", "Log", "Page")) {
                browser.send(domain + ".enable", Map.of());
            }
            String url = html.toUri().toString();
            browser.send("Page.navigate", Map.of("url", url));
            browser.await("Page.loadEventFired", Duration.ofSeconds(30));

            assertThat(browser.eval("document.title").asText()).startsWith("Tijdlijn 10/123456-24").doesNotContain("gehackt");
            assertThat(browser.eval("document.querySelectorAll('article.entry').length").asInt()).isEqualTo(6);
            assertThat(browser.eval("document.getElementById('filters').hidden").asBoolean())
                    .as("the filter bar is shown once its script runs").isFalse();
            assertThat(visible(browser)).hasSize(6);
            assertThat(browser.eval("document.getElementById('f-aantal').textContent").asText())
                    .isEqualTo("6 van 6 vermeldingen zichtbaar");

            choose(browser, "f-categorie", "THREAT_TO_KILL", "change");
            assertThat(visible(browser)).containsExactly("E-0001:m2");
            choose(browser, "f-categorie", "", "change");
            choose(browser, "f-bron", "proces-verbaal van aangifte", "change");
            assertThat(visible(browser)).containsExactly("E-0002:p2.3");
            click(browser, "f-wis");
            choose(browser, "f-van", "2024-06-09", "change");
            assertThat(visible(browser)).containsExactly("E-0001:m3", "E-0001:m4", "E-0001:m5");
            choose(browser, "f-zoek", "KEEL", "input");
            assertThat(visible(browser)).isEmpty();
            click(browser, "f-wis");
            choose(browser, "f-zoek", "keel", "input");
            assertThat(visible(browser)).containsExactly("E-0002:p2.3");
            assertThat(browser.eval("document.getElementById('f-aantal').textContent").asText())
                    .isEqualTo("1 van 6 vermeldingen zichtbaar");

            Document dom = Jsoup.parse(browser.eval("document.documentElement.outerHTML").asText());
            assertThat(dom.select("article.entry:not([hidden])")).extracting(e -> e.id()).containsExactly("E-0002:p2.3");
            assertThat(dom.select("article.entry img, article.entry script")).isEmpty();
            assertThat(dom.getElementById("E-0001:m4").select(".text").text())
                    .contains("<script>document.title='gehackt'</script>", "<img src=x onerror=");

            List<String> requests = browser.events("Network.requestWillBeSent").stream()
                    .map(e -> e.path("params").path("request").path("url").asText()).toList();
            assertThat(requests).as("the page itself is the only request that reads anything").contains(url)
                    .allSatisfy(r -> assertThat(r.equals(url) || r.startsWith("data:"))
                            .as("request to " + r.substring(0, Math.min(80, r.length()))).isTrue());
            assertThat(browser.events("Runtime.exceptionThrown")).isEmpty();
            assertThat(browser.events("Runtime.consoleAPICalled").stream()
                    .filter(e -> List.of("error", "warning", "assert").contains(e.path("params").path("type").asText())))
                    .isEmpty();
            assertThat(browser.events("Log.entryAdded").stream().map(e -> e.path("params").path("entry"))
                    .filter(e -> List.of("error", "warning").contains(e.path("level").asText()))
                    .map(JsonNode::toString)).as("no console error, no policy violation").isEmpty();
        }
    }

    private static List<String> visible(DevTools b) throws Exception {
        JsonNode ids = b.eval("Array.from(document.querySelectorAll('article.entry')).filter(e => !e.hidden"
                + " && e.getClientRects().length > 0).map(e => e.id)");
        return java.util.stream.StreamSupport.stream(ids.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** Sets a control's value the way a user does, then fires the event the page listens to. */
    private static void choose(DevTools b, String id, String value, String event) throws Exception {
        b.eval("(() => { const e = document.getElementById('" + id + "'); e.value = " + quote(value)
                + "; e.dispatchEvent(new Event('" + event + "', {bubbles: true})); return e.value; })()");
    }

    private static void click(DevTools b, String id) throws Exception {
        b.eval("document.getElementById('" + id + "').click()");
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
