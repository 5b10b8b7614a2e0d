package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.patroon.app.export.ExportTimeline;
import nl.patroon.core.redaction.Audience;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.Messages;
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
            value = "Exporteer de tijdlijn als json, html (één offline bestand) of pdf, voor een publiek.")
    public String export(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap",
                    valueProvider = Completions.Paths.class) String caseDir,
            @ShellOption(value = {"--format", "--formaat"}, defaultValue = "html", help = "json|html|pdf",
                    valueProvider = Completions.Formats.class) String format,
            @ShellOption(value = {"--audience", "--publiek"}, defaultValue = "werkversie",
                    help = "rechtbank|verdediging|wederpartij|werkversie (verdediging en wederpartij: geanonimiseerd)",
                    valueProvider = Completions.Audiences.class) String audience,
            @ShellOption(value = {"--out", "--uit"}, defaultValue = ShellOption.NULL, help = "doelbestand") String out,
            @ShellOption(value = {"--articles", "--artikelen"}, defaultValue = ShellOption.NULL,
                    help = "artikelen voor de bestanddelen in de samenvatting, bijv. 285b,300-4 (standaard: alle)")
            String articles)
            throws IOException {
        ExportTimeline.Format f = ExportTimeline.Format.parse(format);
        Path dir = session.use(caseDir);
        ExportTimeline.Result r = export.run(new ExportTimeline.Request(dir, f, out == null ? null : Path.of(out),
                Audience.parse(audience), articles == null ? List.of() : Arrays.asList(articles.split(","))));
        return CaseSession.header(dir) + "\n" + Messages.get("export.written", r.file());
    }
}
