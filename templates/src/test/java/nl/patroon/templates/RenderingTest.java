package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import com.fasterxml.jackson.databind.JsonNode;
import nl.patroon.core.json.Json;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.TimelineExporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML export read as a document: structure, links, escaping, the policy that keeps it offline. */
class RenderingTest {
    final Timeline timeline = TimelineFixture.aCase()
            .message("2024-03-12T22:15", "waar ben je nu", Category.MONITORING, "waar ben je")
            .message("2024-06-08T23:40", "<script>alert('x')</script> ik maak je af & meer", Category.THREAT_TO_KILL,
                    "ik maak je af")
            .build();

    /** The working version: the only one that shows the fixture's open suggestions. */
    static String html(Timeline t) {
        return new String(new TimelineExporter().export(t, ExportFormat.HTML, ExportOptions.of(Audience.WERKVERSIE))
                .bytes(), StandardCharsets.UTF_8);
    }

    static Document html(Audience audience) {
        byte[] bytes = new TimelineExporter().export(CaseFixture.standard().build(), ExportFormat.HTML,
                CaseFixture.options(audience)).bytes();
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    static byte[] json(Timeline t) {
        return new TimelineExporter().export(t, ExportFormat.JSON, ExportOptions.of(Audience.WERKVERSIE)).bytes();
    }

    @Test
    void the_html_timeline_lists_entries_in_order_with_their_source() {
        Document doc = Jsoup.parse(html(timeline));
        assertThat(doc.select("article.entry")).extracting(Element::id).containsExactly("E-0001:m1", "E-0001:m2");
        Element threat = doc.getElementById("E-0001:m2");
        assertThat(threat.select("mark").text()).isEqualTo("ik maak je af");
        assertThat(threat.select(".where").text()).contains("E-0001", "bericht 2", "chat.txt");
        assertThat(threat.select(".sugg").text()).contains("THREAT_TO_KILL", "suggestie, niet beoordeeld");
        assertThat(doc.getElementById("notice").text()).contains("automatische suggesties");
        assertThat(doc.select("#exhibits td.hash").text()).isEqualTo(TimelineFixture.SHA);
        assertThat(doc.select("#per-maand")).as("no confirmed incidents: no incident chart").isEmpty();
        assertThat(doc.select("#suggesties-per-maand th").eachText()).as("the working version counts its suggestions apart")
                .contains("2024-03", "2024-04", "2024-05", "2024-06");
    }

    @Test
    void every_entry_links_to_its_exhibit_and_every_red_flag_to_its_entries() {
        Document doc = html(Audience.RECHTBANK);
        for (Element a : doc.select("article.entry .refs a, #samenvatting a, #gezin a")) {
            String target = a.attr("href").substring(1);
            assertThat(doc.getElementById(target)).as("anchor " + target).isNotNull();
        }
        assertThat(doc.select("article.entry .refs a")).hasSize(5);
        assertThat(doc.select("#rode-vlaggen li").text()).contains("verwurging", "doodsbedreiging");
        assertThat(doc.select("#rode-vlaggen a").eachText()).as("each flag links to its incidents").contains("I-0001");
    }

    @Test
    void the_chart_shows_every_month_of_the_period_including_empty_ones() {
        Document doc = html(Audience.RECHTBANK);
        assertThat(doc.select("#grafiek > text").eachText()).contains("2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(doc.select("#grafiek rect")).as("one part per category of a confirmed incident").hasSize(6);
        assertThat(doc.select("#grafiek text.empty").eachText()).containsExactly("2024-04", "2024-05");
    }

    @Test
    void the_exhibit_list_gives_paths_relative_to_the_seized_medium_and_the_manifest_hash() {
        Document doc = html(Audience.RECHTBANK);
        assertThat(doc.select("#exhibits td.mono").eachText())
                .containsExactly("telefoon/WhatsApp Chat met Anna.txt", "pv/aangifte.pdf");
        assertThat(doc.html()).doesNotContain("/home/rechercheur");
        assertThat(doc.getElementById("manifest").text()).matches("[0-9a-f]{64}");
    }

    @Test
    void every_value_is_escaped_so_evidence_text_cannot_become_markup() {
        String html = html(TimelineFixture.aCase().titled("<img src=x onerror=alert(1)>")
                .message("2024-06-08T23:40", "<script>alert('x')</script> ik maak je af", Category.THREAT_TO_KILL,
                        "ik maak je af").build());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).as("only the page's own filter script").hasSize(1);
        assertThat(doc.select("script").first().data()).doesNotContain("alert");
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("b")).as("markup in an explanation stays text").isEmpty();
        assertThat(doc.select("article .text").text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("#partijen td").eachText()).contains("Mark <de> Vries");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void the_page_allows_only_its_own_style_and_script_by_hash_and_nothing_from_the_network() throws Exception {
        Document doc = html(Audience.RECHTBANK);
        assertThat(doc.select("[src], link, iframe, object, embed, base, form")).isEmpty();
        String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none'").doesNotContain("unsafe").doesNotContain("http");
        assertThat(csp).contains("'" + sha256(doc.select("style").first().data()) + "'")
                .contains("'" + sha256(doc.select("script").first().data()) + "'");
        assertThat(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getKey().equals("style")))
                .as("no inline handlers or style attributes, which the policy would block").isEmpty();
    }

    @Test
    void the_print_stylesheet_sets_a4_the_running_header_and_page_numbers() {
        Document doc = html(Audience.RECHTBANK);
        String css = doc.select("style").first().data();
        assertThat(css).contains("size: A4", "counter(page)", "counter(pages)", "table-header-group",
                "Tijdlijn parketnummer 10/123456-24");
        assertThat(doc.getElementById("watermark")).as("only the working version is watermarked").isNull();
        assertThat(html(Audience.WERKVERSIE).getElementById("watermark").text()).contains("WERKVERSIE");
    }

    @Test
    void the_defence_html_holds_placeholders_and_the_redaction_log_never_the_removed_text() {
        Document doc = html(Audience.VERDEDIGING);
        String all = doc.html();
        for (String secret : java.util.List.of(CaseFixture.VICTIM_PHONE, CaseFixture.VICTIM_PHONE_ALIAS,
                CaseFixture.VICTIM_EMAIL, CaseFixture.VICTIM_STREET, CaseFixture.SCHOOL, CaseFixture.SHELTER)) {
            assertThat(all).doesNotContain(secret);
        }
        assertThat(doc.select("article.entry .text").text()).contains("[adres slachtoffer]", "[school kind]");
        assertThat(doc.select("#weglatingen-lijst td").eachText()).contains("[telefoonnummer]", "lijst");
    }

    @Test
    void a_file_name_that_contradicts_the_format_is_refused() {
        ExportFormat.PDF.checkFileName(Path.of("tijdlijn.pdf"));
        ExportFormat.HTML.checkFileName(Path.of("tijdlijn"));
        assertThatThrownBy(() -> ExportFormat.HTML.checkFileName(Path.of("x.pdf")))
                .hasMessageContaining("past niet bij het formaat html");
    }

    @Test
    void the_working_version_json_is_deterministic_and_complete() throws Exception {
        byte[] a = json(timeline);
        byte[] b = json(TimelineFixture.aCase()
                .message("2024-03-12T22:15", "waar ben je nu", Category.MONITORING, "waar ben je")
                .message("2024-06-08T23:40", "<script>alert('x')</script> ik maak je af & meer",
                        Category.THREAT_TO_KILL, "ik maak je af")
                .build());
        assertThat(a).isEqualTo(b);
        JsonNode root = Json.mapper().readTree(a);
        assertThat(root.path("parketnummer").asText()).isEqualTo("10/123456-24");
        assertThat(root.path("entries")).hasSize(2);
        JsonNode s = root.path("entries").get(1).path("suggestions").get(0);
        String text = root.path("entries").get(1).path("text").asText();
        assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo("ik maak je af");
        assertThat(root.path("passagesWithoutSuggestion").asLong()).isEqualTo(7);
        assertThat(root.path("audience").asText()).isEqualTo("werkversie");
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
