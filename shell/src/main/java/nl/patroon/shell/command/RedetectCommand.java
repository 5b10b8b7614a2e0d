package nl.patroon.shell.command;

import java.io.IOException;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.indexer.ingest.Redetection;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Detectors;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Detection again over an ingested case, after rule files changed. */
@ShellComponent
public class RedetectCommand {
    private final CaseSession session;
    private final Detectors detectors;

    public RedetectCommand(CaseSession session, Detectors detectors) {
        this.session = session;
        this.detectors = detectors;
    }

    @ShellMethod(key = {"detecteer opnieuw", "redetect"}, group = "Onderzoek",
            value = "Pas de (gewijzigde) regels opnieuw toe op de ingelezen passages; beoordeelde suggesties blijven.")
    public String redetect(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir)
            throws IOException {
        try (CaseWorkspace ws = session.open(caseDir)) {
            Redetection.Summary s = Redetection.run(ws, detectors.forCase(ws.root()));
            return s.items() + " bewijsstukken opnieuw beoordeeld; " + s.suggestions() + " open suggesties.";
        }
    }
}
