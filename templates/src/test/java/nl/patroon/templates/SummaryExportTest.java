package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.patroon.core.json.Json;
import nl.patroon.core.redaction.Audience;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportResult;
import nl.patroon.templates.export.TimelineExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The summary page and the family view, read back from the JSON and from the PDF (PDFBox): the chart counts
 * confirmed incidents, every finding comes with its incidents, and the redacted versions keep the children's
 * names and school out as everywhere else.
 */
class SummaryExportTest {
    static final TimelineExporter EXPORTER = new TimelineExporter();

    static ExportResult export(ExportFormat format, Audience audience) {
        return EXPORTER.export(CaseFixture.standard().build(), format, CaseFixture.options(audience));
    }

    static JsonNode json(Audience audience) throws Exception {
        return Json.mapper().readTree(export(ExportFormat.JSON, audience).bytes());
    }

    @Test
    void the_chart_counts_confirmed_incidents_per_category_per_month_with_empty_months() throws Exception {
        JsonNode court = json(Audience.RECHTBANK);
        assertThat(court.path("months").findValuesAsText("month")).containsExactly("2024-03", "2024-04", "2024-05",
                "2024-06");
        assertThat(court.path("months").findValues("total")).extracting(JsonNode::asInt)
                .as("four incidents, not the six suggestions behind them").containsExactly(1, 0, 0, 3);
        assertThat(court.path("months").get(3).path("counts").toString())
                .contains("{\"category\":\"STRANGULATION\",\"count\":1}", "{\"category\":\"ORDER_VIOLATION\",\"count\":1}");
        assertThat(court.path("suggestionMonths")).as("suggestions are counted only in the working version").isEmpty();
        assertThat(json(Audience.WERKVERSIE).path("suggestionMonths").findValues("total")).extracting(JsonNode::asInt)
                .containsExactly(1, 0, 0, 5);
    }

    @Test
    void the_summary_gives_escalation_red_flags_legal_elements_single_sources_and_breaches() throws Exception {
        JsonNode court = json(Audience.RECHTBANK);
        JsonNode summary = court.path("summary");
        assertThat(summary.path("incidents").asInt()).isEqualTo(4);
        assertThat(summary.path("escalation").path("frequency").path("series").toString()).isEqualTo("[1,0,0,3]");
        assertThat(summary.path("escalation").path("frequency").path("verdictNl").asText()).isEqualTo("stijgend");
        assertThat(court.path("redFlags").toString())
                .contains("{\"category\":\"threats_about_children\",\"label\":\"dreigen over of met de kinderen\","
                        + "\"entries\":[\"I-0002\"]}");

        assertThat(summary.path("chosenArticles").toString()).isEqualTo("[\"285b\",\"300-4\"]");
        assertThat(summary.path("articles").findValuesAsText("article")).containsExactly("285b", "300-4");
        JsonNode belaging = summary.path("articles").get(0);
        assertThat(belaging.path("gaps").toString()).isEqualTo("[\"stelselmatig\"]");
        JsonNode privacy = belaging.path("elements").get(3);
        assertThat(privacy.path("status").asText()).isEqualTo("COVERED");
        assertThat(privacy.path("incidents").toString()).isEqualTo("[\"I-0001\",\"I-0004\"]");
        assertThat(belaging.path("contacts").path("spanDays").asInt()).isEqualTo(13);

        assertThat(summary.path("singleSource").findValuesAsText("incident")).as("in time order")
                .containsExactly("I-0003", "I-0002", "I-0004");
        assertThat(summary.path("singleSource").get(0).path("victimOnly").asBoolean()).isTrue();
        assertThat(summary.path("singleSource").get(2).path("origins").toString()).isEqualTo("[\"POLICE:E-0002\"]");

        assertThat(court.path("orders").get(0).path("breaches").toString()).isEqualTo("[\"I-0004\"]");
        assertThat(court.path("orders").get(1).path("breaches")).as("an omgangsregeling is not breached").isEmpty();
    }

    @Test
    void the_family_view_names_the_children_threats_breaches_procedures_and_conflicts() throws Exception {
        JsonNode family = json(Audience.RECHTBANK).path("family");
        assertThat(family.path("combinedHearing").asBoolean()).isTrue();
        assertThat(family.path("children").toString()).isEqualTo("[{\"id\":\"P-03\",\"name\":\"Sophie\"}]");
        assertThat(family.path("childrenPresent").findValuesAsText("id")).containsExactly("I-0003");
        assertThat(family.path("threatsAboutChildren").findValuesAsText("id")).containsExactly("I-0002");
        assertThat(family.path("breaches").get(0).path("orderId").asText()).isEqualTo("O-0001");
        assertThat(family.path("breaches").get(0).path("incidents").findValuesAsText("id")).containsExactly("I-0004");
        assertThat(family.path("procedures").findValuesAsText("id")).containsExactly("O-0002");
        JsonNode conflict = family.path("conflicts").get(0);
        assertThat(List.of(conflict.path("restrainingOrderId").asText(), conflict.path("familyOrderId").asText(),
                conflict.path("from").asText(), conflict.path("to").asText()))
                .containsExactly("O-0001", "O-0002", "2024-06-15", "2024-12-15");
    }

    @Test
    void a_case_without_children_or_family_procedures_has_no_family_view() throws Exception {
        JsonNode doc = Json.mapper().readTree(EXPORTER.export(TimelineFixture.aCase()
                .message("2024-06-08T20:48", "ik maak je af", nl.patroon.core.taxonomy.Category.THREAT_TO_KILL,
                        "ik maak je af").build(), ExportFormat.JSON,
                nl.patroon.templates.export.ExportOptions.of(Audience.RECHTBANK)).bytes());
        assertThat(doc.path("family").path("combinedHearing").asBoolean()).isFalse();
        assertThat(doc.path("summary").path("incidents").asInt()).isZero();
        assertThat(doc.path("months")).as("no confirmed incident, nothing to chart").isEmpty();
    }

    @Test
    void the_defence_and_the_other_parent_get_the_summary_and_family_view_redacted() throws Exception {
        for (Audience audience : List.of(Audience.VERDEDIGING, Audience.WEDERPARTIJ)) {
            JsonNode doc = json(audience);
            String text = doc.toString();
            assertThat(text).doesNotContain(CaseFixture.CHILD).doesNotContain(CaseFixture.SCHOOL)
                    .doesNotContain(CaseFixture.VICTIM_EMAIL);
            assertThat(doc.path("family").path("children").get(0).path("name").asText()).isEqualTo("[naam kind]");
            assertThat(doc.path("family").path("childrenPresent").get(0).path("description").asText())
                    .isEqualTo("Sloeg haar in de keuken terwijl [naam kind] toekeek.");
            assertThat(doc.path("redactions").findValuesAsText("where"))
                    .contains("incidents[I-0003].description", "orders[O-0001].note");
        }
    }

    @Test
    void hostile_text_in_an_incident_stays_text_in_the_family_view() {
        nl.patroon.core.incident.Incident hostile = new nl.patroon.core.incident.Incident("I-0001",
                nl.patroon.core.passage.EventTime.at(java.time.ZonedDateTime.of(2024, 6, 8, 20, 0, 0, 0,
                        java.time.ZoneId.of("Europe/Amsterdam")), nl.patroon.core.passage.TimePrecision.MINUTE),
                List.of(nl.patroon.core.taxonomy.Category.CHILD_EXPOSURE), nl.patroon.core.incident.Actor.SUSPECT,
                CaseFixture.HOSTILE, List.of());
        var analysis = nl.patroon.core.analysis.PatternAnalyser.bundled().analyse(
                new nl.patroon.core.analysis.PatternAnalyser.Input(List.of(hostile), List.of(), List.of(), List.of()));
        String html = new String(EXPORTER.export(CaseFixture.standard().build(), ExportFormat.HTML,
                nl.patroon.templates.export.ExportOptions.of(Audience.RECHTBANK)
                        .withIncidents(List.of(hostile), analysis)).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("#gezin-aanwezig + ul li").text()).contains("<script>document.title='gehackt'</script>");
        assertThat(doc.select("#gezin script, #gezin img, #incidenten script, #incidenten img")).isEmpty();
    }

    @Test
    void the_pdf_has_the_summary_sections_with_bookmarks_and_the_family_view() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(ExportFormat.PDF, Audience.RECHTBANK).bytes())) {
            String text = PdfExportTest.text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Bevestigde incidenten per maand", "Escalatie", "stijgend", "Rode vlaggen",
                    "dreigen over of met de kinderen", "Bestanddelen per artikel",
                    "art. 285b Wetboek van Strafrecht — Belaging", "Leemtes: stelselmatig",
                    "Incidenten die op één bron rusten",
                    "Verboden en regelingen, met schendingen", "Gezinsoverzicht (combizitting)",
                    "Kinderen aanwezig", "Sloeg haar in de keuken terwijl Sophie toekeek.",
                    "Dreigen over of met de kinderen", "Schendingen van verboden", "contactverbod O-0001",
                    "Familierechtelijke procedures", "omgang O-0002: van 2024-01-01 t/m onbepaald",
                    "Tegenstrijdige verboden en regelingen", "De omgangsregeling O-0002 vereist contact");
            assertThat(text).as("the origin, wrapped in its narrow column").contains("POLICE:E-");
            assertThat(PdfExportTest.bookmarks(pdf)).contains("Samenvatting", "Incidenten per maand", "Escalatie",
                    "Rode vlaggen", "Bestanddelen per artikel", "art. 285b Wetboek van Strafrecht",
                    "art. 300 lid 4 Wetboek van Strafrecht", "Incidenten op één bron", "Verboden en schendingen",
                    "Incidenten", "Gezinsoverzicht (combizitting)");
        }
        try (PDDocument pdf = Loader.loadPDF(export(ExportFormat.PDF, Audience.WEDERPARTIJ).bytes())) {
            String all = PdfExportTest.text(pdf) + String.join("\n", PdfExportTest.bookmarks(pdf));
            assertThat(all).doesNotContain(CaseFixture.CHILD).doesNotContain("Regenboog")
                    .contains("Gezinsoverzicht (combizitting)", "[naam kind]");
        }
    }
}
