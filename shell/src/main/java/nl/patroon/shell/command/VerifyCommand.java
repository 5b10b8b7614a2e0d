package nl.patroon.shell.command;

import java.io.IOException;
import nl.patroon.app.verify.VerifyCase;
import nl.patroon.core.verify.Finding;
import nl.patroon.core.verify.VerificationReport;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Messages;
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
        java.nio.file.Path dir = session.use(caseDir);
        VerificationReport r = verifyCase.run(new VerifyCase.Request(dir)).report();
        StringBuilder sb = new StringBuilder(CaseSession.header(dir)).append('\n');
        sb.append(Messages.get("verify.checked", r.originalsChecked(), r.auditLines(), r.exportsChecked()))
                .append('\n');
        for (Finding f : r.findings()) {
            sb.append(Messages.get(f.problem() ? "verify.problem" : "verify.note", f.subject(), f.message()))
                    .append('\n');
        }
        if (!r.ok()) {
            sb.append(Messages.get("verify.not-ok", r.problems().size()));
            throw new UserErrors.CommandFailed(sb.toString(), ALTERED);
        }
        return sb.append(Messages.get("verify.ok")).toString();
    }
}
