package nl.patroon.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.app.Adapters;
import nl.patroon.app.Settings;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.redaction.Audience;
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
    void a_file_name_that_contradicts_the_format_is_refused_before_anything_is_written() {
        ExportTimeline export = new ExportTimeline(new Adapters(Settings.fromSystem()));
        assertThatThrownBy(() -> export.run(new ExportTimeline.Request(tmp.resolve("zaak"), ExportTimeline.Format.HTML,
                tmp.resolve("x.pdf"), Audience.RECHTBANK))).hasMessageContaining("past niet bij het formaat html");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }
}
