package nl.patroon.shell.command;

import java.util.Locale;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.shell.support.CaseSession;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** The custody records of a case. */
@ShellComponent
public class EvidenceCommands {
    private final CaseSession session;
    private final ListEvidence listEvidence;

    public EvidenceCommands(CaseSession session, ListEvidence listEvidence) {
        this.session = session;
        this.listEvidence = listEvidence;
    }

    @ShellMethod(key = {"bewijs lijst", "evidence list"}, group = "Bewijs",
            value = "Toon de bewijsstukken met hun SHA-256, herkomst en status (bewaarketen).")
    public String list(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir) {
        StringBuilder sb = new StringBuilder();
        for (EvidenceRecord r : listEvidence.run(new ListEvidence.Request(session.use(caseDir))).evidence()) {
            Evidence e = r.evidence();
            sb.append(e.id()).append("  ").append(r.status().name().toLowerCase(Locale.ROOT))
                    .append(r.reason() == null ? "" : " (" + r.reason() + ")")
                    .append("  ").append(e.sourceKind() == null ? "-" : e.sourceKind().dutch())
                    .append("  ").append(r.passages()).append(" passages\n")
                    .append("    ").append(e.originalPath().replace("\n", "\\n"))
                    .append(e.parentId() == null ? "" : "  (uit " + e.parentId() + ")").append('\n')
                    .append("    sha256 ").append(e.sha256()).append("  ").append(e.size()).append(" bytes")
                    .append("  ingenomen ").append(e.ingestedAt()).append(" door ").append(e.ingestedBy())
                    .append('\n');
        }
        return sb.length() == 0 ? "Nog geen bewijsstukken." : sb.toString().stripTrailing();
    }
}
