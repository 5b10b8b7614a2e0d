package nl.patroon.shell.command;

import java.io.IOException;
import nl.patroon.app.ingest.Redetect;
import nl.patroon.shell.support.CaseSession;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Detection again over an ingested case, after rule files changed. */
@ShellComponent
public class RedetectCommand {
    private final CaseSession session;
    private final Redetect redetect;

    public RedetectCommand(CaseSession session, Redetect redetect) {
        this.session = session;
        this.redetect = redetect;
    }

    @ShellMethod(key = {"detecteer opnieuw", "redetect"}, group = "Onderzoek",
            value = "Pas de (gewijzigde) regels opnieuw toe op de ingelezen passages; beoordeelde suggesties blijven.")
    public String redetect(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir)
            throws IOException {
        Redetect.Result s = redetect.run(new Redetect.Request(session.use(caseDir)));
        return s.items() + " bewijsstukken opnieuw beoordeeld; " + s.suggestions() + " open suggesties.";
    }
}
