package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import nl.patroon.app.Adapters;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.app.evidence.SetEvidenceZone;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Messages;
import nl.patroon.shell.support.UserErrors;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** The custody records of a case. */
@ShellComponent
public class EvidenceCommands {
    private final CaseSession session;
    private final ListEvidence listEvidence;
    private final SetEvidenceZone setZone;

    public EvidenceCommands(CaseSession session, ListEvidence listEvidence, Adapters adapters) {
        this.session = session;
        this.listEvidence = listEvidence;
        this.setZone = new SetEvidenceZone(adapters);
    }

    @ShellMethod(key = {"bewijs tijdzone", "evidence zone"}, group = "Bewijs",
            value = "Zet de tijdzone van één bewijsstuk (bijv. een telefoon in het buitenland) en dateer de passages "
                    + "opnieuw; het origineel blijft onaangeroerd.")
    public String zone(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--evidence", "--bewijs"}, help = "bewijsstuk, bijv. E-0003",
                    valueProvider = nl.patroon.shell.support.Completions.EvidenceIds.class) String evidenceId,
            @ShellOption(value = {"--zone", "--tijdzone"}, help = "IANA-tijdzone, bijv. America/Curacao") String zone)
            throws IOException, InterruptedException {
        ZoneId z;
        try {
            z = SetEvidenceZone.zone(zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("evidence.zone.invalid", zone == null ? "" : zone));
        }
        Path dir = session.use(caseDir);
        SetEvidenceZone.Result r;
        try {
            r = setZone.run(new SetEvidenceZone.Request(dir, evidenceId, z));
        } catch (SetEvidenceZone.NotReread e) {
            throw new UserErrors.CommandFailed(Messages.get("evidence.zone.unread", e.evidenceId(), e.reason()), 3);
        }
        return CaseSession.header(dir) + "\n" + Messages.get("evidence.zone.set", r.evidenceId(), r.zone().getId(),
                r.previous().getId(), r.passages(), r.dated(), r.suggestions());
    }

    @ShellMethod(key = {"bewijs lijst", "evidence list"}, group = "Bewijs",
            value = "Toon de bewijsstukken met hun SHA-256, herkomst en status (bewaarketen).")
    public String list(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir) {
        Path dir = session.use(caseDir);
        StringBuilder sb = new StringBuilder();
        for (EvidenceRecord r : listEvidence.run(new ListEvidence.Request(dir)).evidence()) {
            Evidence e = r.evidence();
            sb.append(e.id()).append("  ").append(r.status().name().toLowerCase(Locale.ROOT))
                    .append(r.reason() == null ? "" : " (" + r.reason() + ")")
                    .append("  ").append(e.sourceKind() == null ? "-" : e.sourceKind().dutch())
                    .append("  ").append(Messages.get("count.passages", r.passages())).append('\n')
                    .append("    ").append(e.originalPath().replace("\n", "\\n"))
                    .append(e.parentId() == null ? "" : "  " + Messages.get("evidence.from", e.parentId())).append('\n')
                    .append("    sha256 ").append(e.sha256()).append("  ").append(e.size()).append(" bytes")
                    .append("  ").append(Messages.get("evidence.taken", e.ingestedAt().toString(), e.ingestedBy()))
                    .append('\n');
        }
        return CaseSession.header(dir) + "\n"
                + (sb.length() == 0 ? Messages.get("evidence.none") : sb.toString().stripTrailing());
    }
}
