package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.json.Json;
import nl.patroon.core.redaction.Audience;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.json.JsonRenderer;
import nl.patroon.templates.export.TimelineExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JsonExportTest {
    static JsonNode json(Audience audience) throws Exception {
        byte[] bytes = new TimelineExporter().export(CaseFixture.standard().build(), ExportFormat.JSON,
                CaseFixture.options(audience)).bytes();
        return Json.mapper().readTree(bytes);
    }

    static Schema schema() throws Exception {
        try (InputStream in = JsonRenderer.class.getResourceAsStream(JsonRenderer.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void every_audience_s_export_is_valid_against_the_published_schema(Audience audience) throws Exception {
        List<Error> errors = schema().validate(json(audience));
        assertThat(errors).extracting(Error::toString).isEmpty();
    }

    @Test
    void the_schema_rejects_what_it_does_not_describe() throws Exception {
        JsonNode doc = json(Audience.RECHTBANK);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("generatedAt", "2026-01-01T00:00:00Z");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("exhibits").get(0)).put("path", "/home/x/chat.txt");
        assertThat(schema().validate(doc)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_json_is_versioned_and_holds_the_same_content_as_the_other_formats() throws Exception {
        JsonNode court = json(Audience.RECHTBANK);
        assertThat(court.path("schemaVersion").asInt()).isEqualTo(3);
        assertThat(court.path("audience").asText()).isEqualTo("rechtbank");
        assertThat(court.path("entries")).hasSize(5);
        assertThat(court.path("months").findValuesAsText("month")).containsExactly("2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(court.path("months").get(1).path("total").asInt()).as("an empty month is shown, with 0").isZero();
        assertThat(court.path("exhibits").findValuesAsText("path"))
                .containsExactly("telefoon/WhatsApp Chat met Anna.txt", "pv/aangifte.pdf");
        String lines = court.path("manifest").path("lines").asText();
        assertThat(lines).isEqualTo("E-0001 " + CaseFixture.CHAT_SHA + " telefoon/WhatsApp Chat met Anna.txt\n"
                + "E-0002 " + CaseFixture.PV_SHA + " pv/aangifte.pdf\n");
        assertThat(court.path("manifest").path("sha256").asText()).isEqualTo(Sha256.hex(lines));
        JsonNode threat = court.path("entries").get(1);
        assertThat(threat.path("references").get(0).path("exhibitId").asText()).isEqualTo("E-0001");
        assertThat(court.path("redFlags").findValuesAsText("category"))
                .contains("strangulation", "threat_to_kill", "threats_about_children");
    }

    @Test
    void the_defence_json_has_placeholders_and_a_log_but_never_the_removed_text() throws Exception {
        JsonNode defence = json(Audience.VERDEDIGING);
        String text = defence.toString();
        for (String secret : List.of(CaseFixture.VICTIM_PHONE, CaseFixture.VICTIM_PHONE_ALIAS, CaseFixture.VICTIM_EMAIL,
                CaseFixture.VICTIM_STREET, CaseFixture.SCHOOL, CaseFixture.SHELTER, "2611 AB")) {
            assertThat(text).doesNotContain(secret);
        }
        JsonNode threat = defence.path("entries").get(1);
        String threatText = threat.path("text").asText();
        JsonNode s = threat.path("suggestions").get(0);
        assertThat(threatText.substring(s.path("start").asInt(), s.path("end").asInt()))
                .as("the match's offsets follow the redaction").isEqualTo("Ik maak je af");
        assertThat(defence.path("redactions").findValuesAsText("label"))
                .contains("[adres slachtoffer]", "[postcode]", "[school kind]", "[opvang]", "[telefoonnummer]", "[e-mailadres]");
        assertThat(defence.path("redactions").findValuesAsText("where"))
                .contains("entries[E-0001:m2].text", "parties[P-02].aliases");
    }

    @Test
    void confirmed_incidents_come_first_with_their_sources_and_corroboration() throws Exception {
        JsonNode court = json(Audience.RECHTBANK);
        assertThat(court.path("incidents").findValuesAsText("id")).containsExactly("I-0003", "I-0001", "I-0002", "I-0004");
        JsonNode night = court.path("incidents").get(1);
        assertThat(night.path("categories").toString()).contains("STRANGULATION", "THREAT_TO_KILL");
        assertThat(night.path("independentOrigins").asInt()).isEqualTo(2);
        assertThat(night.path("victimOnly").asBoolean()).isFalse();
        assertThat(night.path("sources").findValuesAsText("origin")).containsExactly("suspect", "victim");
        assertThat(night.path("sources").get(1).path("quote").asText()).contains(CaseFixture.VICTIM_STREET);
        JsonNode defence = json(Audience.VERDEDIGING).path("incidents");
        assertThat(defence.toString()).doesNotContain(CaseFixture.VICTIM_STREET).doesNotContain(CaseFixture.SCHOOL)
                .contains("[adres slachtoffer]", "[school kind]");
    }

    @Test
    void court_audiences_show_only_what_a_person_confirmed_and_the_working_version_shows_the_rest_too() throws Exception {
        assertThat(json(Audience.RECHTBANK).path("entries").findValuesAsText("state")).containsOnly("confirmed");
        assertThat(json(Audience.WEDERPARTIJ).path("entries")).hasSize(5);
        assertThat(json(Audience.WERKVERSIE).path("entries").findValuesAsText("state")).contains("open", "confirmed");
    }
}
