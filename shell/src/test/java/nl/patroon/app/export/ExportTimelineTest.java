package nl.patroon.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.app.Adapters;
import nl.patroon.app.Settings;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.CaseWorkspace;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export use case: format and audience, the file name check, the redaction log kept beside the export. */
class ExportTimelineTest {
    @TempDir
    Path tmp;

    @Test
    void a_pdf_for_the_defence_is_written_with_its_redaction_log_and_recorded_in_the_audit_log() throws Exception {
        Adapters adapters = new Adapters(Settings.fromSystem());
        Path root = tmp.resolve("zaak");
        try (CaseWorkspace ws = adapters.create(root, new Parketnummer("10/123456-24"), "Zaak Jansen")) {
            ws.flushAudit();
        }
        ExportTimeline export = new ExportTimeline(adapters);
        ExportTimeline.Result r = export.run(new ExportTimeline.Request(root, ExportTimeline.Format.PDF, null,
                Audience.VERDEDIGING));
        assertThat(r.file()).isEqualTo(root.resolve("exports/tijdlijn-verdediging.pdf"));
        assertThat(Files.readAllBytes(r.file())).startsWith("%PDF-".getBytes());
        assertThat(root.resolve("exports/tijdlijn-verdediging.pdf.weglatingen.json")).exists();
        assertThat(Files.readString(root.resolve("audit.log"))).contains("\"audience\":\"verdediging\"", "\"format\":\"pdf\"");
    }

    @Test
    void the_case_s_confirmed_incidents_are_exported_first_and_redacted_by_the_case_s_list() throws Exception {
        Adapters adapters = new Adapters(Settings.fromSystem());
        Path root = tmp.resolve("zaak");
        try (CaseWorkspace ws = adapters.create(root, new Parketnummer("10/123456-24"), "Zaak Jansen")) {
            ws.incidents().save(new Incident("I-0001", EventTime.at(ZonedDateTime.of(2024, 6, 8, 23, 40, 0, 0,
                    ZoneId.of("Europe/Amsterdam")), TimePrecision.APPROXIMATE), List.of(Category.STRANGULATION),
                    Actor.SUSPECT, "Verwurging in de woning aan de Kerkhoflaan 17.", List.of()));
            ws.flushAudit();
        }
        Files.writeString(root.resolve(ExportTimeline.REDACTION_LIST),
                "{\"schemaVersion\":1,\"terms\":[{\"text\":\"Kerkhoflaan 17\",\"label\":\"adres slachtoffer\"}]}");
        ExportTimeline export = new ExportTimeline(adapters);
        Path court = export.run(new ExportTimeline.Request(root, ExportTimeline.Format.JSON, null, Audience.RECHTBANK)).file();
        Path defence = export.run(new ExportTimeline.Request(root, ExportTimeline.Format.JSON, null,
                Audience.VERDEDIGING)).file();
        assertThat(Files.readString(court)).contains("\"I-0001\"", "Kerkhoflaan 17");
        assertThat(Files.readString(defence)).contains("\"I-0001\"", "[adres slachtoffer]").doesNotContain("Kerkhoflaan");
        assertThat(Files.readString(root.resolve("exports/tijdlijn-verdediging.json.weglatingen.json")))
                .contains("incidents[I-0001].description", "[adres slachtoffer]").doesNotContain("Kerkhoflaan");
    }

    @Test
    void the_summary_shows_the_legal_elements_of_the_chosen_articles_only_and_an_unknown_article_is_refused()
            throws Exception {
        Adapters adapters = new Adapters(Settings.fromSystem());
        Path root = tmp.resolve("zaak");
        try (CaseWorkspace ws = adapters.create(root, new Parketnummer("10/123456-24"), "Zaak Jansen")) {
            ws.incidents().save(new Incident("I-0001", EventTime.at(ZonedDateTime.of(2024, 6, 8, 23, 40, 0, 0,
                    ZoneId.of("Europe/Amsterdam")), TimePrecision.APPROXIMATE), List.of(Category.STRANGULATION),
                    Actor.SUSPECT, "Verwurging.", List.of()));
            ws.flushAudit();
        }
        ExportTimeline export = new ExportTimeline(adapters);
        Path json = export.run(new ExportTimeline.Request(root, ExportTimeline.Format.JSON, null, Audience.RECHTBANK,
                List.of("285b", " 300-4"))).file();
        var summary = nl.patroon.core.json.Json.mapper().readTree(json.toFile()).path("summary");
        assertThat(summary.path("chosenArticles").toString()).isEqualTo("[\"285b\",\"300-4\"]");
        assertThat(summary.path("articles").findValuesAsText("article")).containsExactly("285b", "300-4");
        assertThat(summary.path("incidents").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> export.run(new ExportTimeline.Request(root, ExportTimeline.Format.JSON, null,
                Audience.RECHTBANK, List.of("999")))).hasMessageContaining("Onbekend artikel '999'");
    }

    @Test
    void a_file_name_that_contradicts_the_format_is_refused_before_anything_is_written() {
        ExportTimeline export = new ExportTimeline(new Adapters(Settings.fromSystem()));
        assertThatThrownBy(() -> export.run(new ExportTimeline.Request(tmp.resolve("zaak"), ExportTimeline.Format.HTML,
                tmp.resolve("x.pdf"), Audience.RECHTBANK))).hasMessageContaining("past niet bij het formaat html");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }
}
