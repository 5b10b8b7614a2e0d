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
import nl.patroon.templates.export.TimelineExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The court's HTML in headless Chromium: the summary's sections and the family view render (the family view
 * beside the incidents on a wide screen), a red flag's link takes the reader to its incident, and the page
 * raises no console error or policy violation.
 */
class SummaryBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void the_summary_and_family_view_render_and_red_flags_lead_to_their_incidents() throws Exception {
        assumeTrue(Files.isExecutable(HeadlessBrowserTest.CHROMIUM),
                "Chromium ontbreekt (apt-get install -y chromium): browsertest overgeslagen");
        Path html = tmp.resolve("tijdlijn-rechtbank.html");
        Files.write(html, new TimelineExporter().export(CaseFixture.standard().build(), ExportFormat.HTML,
                CaseFixture.options(Audience.RECHTBANK)).bytes());
        try (DevTools browser = new DevTools(HeadlessBrowserTest.CHROMIUM, tmp.resolve("profile"))) {
            for (String domain : List.of("Runtime", "Log", "Page")) {
                browser.send(domain + ".enable", Map.of());
            }
            browser.send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1600, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            browser.send("Page.navigate", Map.of("url", html.toUri().toString()));
            browser.await("Page.loadEventFired", Duration.ofSeconds(30));

            for (String id : List.of("grafiek", "escalatie", "rode-vlaggen", "bestanddelen", "artikel-285b",
                    "artikel-300-4", "een-bron", "verboden", "incidenten", "gezin", "gezin-aanwezig",
                    "gezin-conflicten")) {
                assertThat(browser.eval("(() => { const e = document.getElementById('" + id + "');"
                        + " return !!e && e.getBoundingClientRect().height > 0; })()").asBoolean())
                        .as(id + " is rendered").isTrue();
            }
            assertThat(browser.eval("document.querySelectorAll('#grafiek rect').length").asInt()).isEqualTo(6);
            assertThat(browser.eval("document.querySelector('#artikel-285b .leemtes').textContent").asText())
                    .contains("stelselmatig");
            assertThat(browser.eval("document.getElementById('gezin').getBoundingClientRect().left"
                    + " > document.getElementById('incidenten').getBoundingClientRect().right - 1").asBoolean())
                    .as("the family view stands beside the incidents").isTrue();

            JsonNode flagLinks = browser.eval("Array.from(document.querySelectorAll('#rode-vlaggen a'))"
                    + ".map(a => a.getAttribute('href'))");
            assertThat(flagLinks).isNotEmpty();
            for (JsonNode href : flagLinks) {
                String id = href.asText().substring(1);
                browser.eval("document.querySelector('#rode-vlaggen a[href=\"#" + id + "\"]').click()");
                assertThat(browser.eval("location.hash").asText()).isEqualTo("#" + id);
                assertThat(browser.eval("(() => { const r = document.getElementById('" + id + "')"
                        + ".getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight"
                        + " && document.getElementById('" + id + "').classList.contains('incident'); })()")
                        .asBoolean()).as("the link to " + id + " scrolls its incident into view").isTrue();
            }
            JsonNode dangling = browser.eval("Array.from(document.querySelectorAll('a[href^=\"#\"]'))"
                    + ".map(a => a.getAttribute('href').substring(1)).filter(id => !document.getElementById(id))");
            assertThat(dangling).as("every link in the page has its target").isEmpty();

            assertThat(browser.events("Runtime.exceptionThrown")).isEmpty();
            assertThat(browser.events("Log.entryAdded").stream().map(e -> e.path("params").path("entry"))
                    .filter(e -> List.of("error", "warning").contains(e.path("level").asText()))
                    .map(JsonNode::toString)).as("no console error, no policy violation").isEmpty();
        }
    }
}
