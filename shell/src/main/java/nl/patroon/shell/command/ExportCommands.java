package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import nl.patroon.app.export.ExportTimeline;
import nl.patroon.shell.support.CaseSession;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Exporting the timeline. */
@ShellComponent
public class ExportCommands {
    private final CaseSession session;
    private final ExportTimeline export;

    public ExportCommands(CaseSession session, ExportTimeline export) {
        this.session = session;
        this.export = export;
    }

    @ShellMethod(key = {"exporteer", "export"}, group = "Export",
            value = "Exporteer de tijdlijn als json of html (één offline bestand).")
    public String export(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--format", "--formaat"}, defaultValue = "html", help = "json|html") String format,
            @ShellOption(value = {"--out", "--uit"}, defaultValue = ShellOption.NULL, help = "doelbestand") String out)
            throws IOException {
        ExportTimeline.Format f = ExportTimeline.Format.parse(format);
        ExportTimeline.Result r = export.run(new ExportTimeline.Request(session.use(caseDir), f,
                out == null ? null : Path.of(out)));
        return "Tijdlijn geschreven: " + r.file();
    }
}
