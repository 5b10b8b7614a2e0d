package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.TimelineExport;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Exporting the timeline. */
@ShellComponent
public class ExportCommands {
    private final CaseSession session;
    private final TimelineExport export;

    public ExportCommands(CaseSession session, TimelineExport export) {
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
        TimelineExport.Format f;
        try {
            f = TimelineExport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Onbekend formaat '" + format + "': kies json of html.");
        }
        try (CaseWorkspace ws = session.open(caseDir)) {
            Path written = export.write(ws, f, out == null ? null : Path.of(out));
            return "Tijdlijn geschreven: " + written;
        }
    }
}
