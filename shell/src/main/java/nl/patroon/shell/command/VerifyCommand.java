package nl.patroon.shell.command;

import java.io.IOException;
import nl.patroon.app.verify.VerifyCase;
import nl.patroon.core.verify.Finding;
import nl.patroon.core.verify.VerificationReport;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.UserErrors;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Integrity check of a case: originals, audit chain, exports. */
@ShellComponent
public class VerifyCommand {
    /** Exit code when anything was found altered or missing. */
    public static final int ALTERED = 4;

    private final CaseSession session;
    private final VerifyCase verifyCase;

    public VerifyCommand(CaseSession session, VerifyCase verifyCase) {
        this.session = session;
        this.verifyCase = verifyCase;
    }

    @ShellMethod(key = {"verifieer", "verify"}, group = "Zaak",
            value = "Controleer of originelen, audit-log en exports ongewijzigd zijn (hashes opnieuw berekend).")
    public String verify(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir)
            throws IOException {
        VerificationReport r = verifyCase.run(new VerifyCase.Request(session.use(caseDir))).report();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Gecontroleerd: %d originelen, %d regels audit-log, %d exports.%n",
                r.originalsChecked(), r.auditLines(), r.exportsChecked()));
        for (Finding f : r.findings()) {
            sb.append(f.problem() ? "  AFWIJKING " : "  let op    ").append(f.subject()).append(": ")
                    .append(f.message()).append('\n');
        }
        if (!r.ok()) {
            sb.append("NIET IN ORDE: ").append(r.problems().size()).append(" afwijking(en).");
            throw new UserErrors.CommandFailed(sb.toString(), ALTERED);
        }
        return sb.append("In orde: niets gewijzigd.").toString();
    }
}
