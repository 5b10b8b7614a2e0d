package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.patroon.core.json.Json;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.templates.html.HtmlTimelineRenderer;
import nl.patroon.templates.json.JsonTimelineExporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RenderingTest {
    final Timeline timeline = TimelineFixture.aCase()
            .message("2024-03-12T22:15", "waar ben je nu", Category.MONITORING, "waar ben je")
            .message("2024-06-08T23:40", "<script>alert('x')</script> ik maak je af & meer", Category.THREAT_TO_KILL,
                    "ik maak je af")
            .build();

    static String html(Timeline t) {
        StringWriter w = new StringWriter();
        new HtmlTimelineRenderer().render(t, w);
        return w.toString();
    }

    static byte[] json(Timeline t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonTimelineExporter().write(t, out);
        return out.toByteArray();
    }

    @Test
    void the_html_timeline_lists_entries_in_order_with_their_source() {
        Document doc = Jsoup.parse(html(timeline));
        assertThat(doc.select("article.entry")).extracting(Element::id).containsExactly("E-0001:m1", "E-0001:m2");
        Element threat = doc.getElementById("E-0001:m2");
        assertThat(threat.select("mark").text()).isEqualTo("ik maak je af");
        assertThat(threat.select(".where").text()).contains("E-0001", "bericht 2", TimelineFixture.SHA);
        assertThat(threat.select(".sugg").text()).contains("THREAT_TO_KILL", "suggestie, niet beoordeeld");
        assertThat(doc.getElementById("notice").text()).contains("automatische suggesties");
        assertThat(doc.select("#exhibits td.hash").text()).isEqualTo(TimelineFixture.SHA);
        assertThat(doc.select("#per-maand th").eachText()).contains("2024-03", "2024-06", "doodsbedreiging");
    }

    @Test
    void every_value_is_escaped_so_evidence_text_cannot_become_markup() {
        String html = html(TimelineFixture.aCase().titled("<img src=x onerror=alert(1)>")
                .message("2024-06-08T23:40", "<script>alert('x')</script> ik maak je af", Category.THREAT_TO_KILL,
                        "ik maak je af").build());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("b")).as("markup in an explanation stays text").isEmpty();
        assertThat(doc.select("article .text").text()).contains("<script>alert('x')</script>");
        assertThat(doc.select("#partijen td").eachText()).contains("Mark <de> Vries");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void a_suggestion_without_lowering_signals_says_nothing_about_them() {
        Document doc = Jsoup.parse(html(timeline));
        assertThat(doc.select(".sugg").text()).doesNotContain("verlaagd door");
    }

    @Test
    void the_html_is_one_offline_file() {
        Document doc = Jsoup.parse(html(timeline));
        assertThat(doc.select("[src], link[href], script")).isEmpty();
    }

    @Test
    void the_json_export_is_deterministic_and_complete() throws Exception {
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
        assertThat(s.path("category").asText()).isEqualTo("THREAT_TO_KILL");
        assertThat(s.path("rule").asText()).isEqualTo("test.rule");
        String text = root.path("entries").get(1).path("text").asText();
        assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo("ik maak je af");
        assertThat(root.path("passagesWithoutSuggestion").asLong()).isEqualTo(7);
        assertThat(new String(a, StandardCharsets.UTF_8)).doesNotContain("generatedAt");
    }
}
