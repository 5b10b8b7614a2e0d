package nl.patroon.app.verify;

import java.io.IOException;
import java.nio.file.Path;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.verify.CaseVerifier;
import nl.patroon.core.verify.VerificationReport;

/** Re-hashes the originals and checks the audit chain and every export. */
public final class VerifyCase {
    public record Request(Path caseRoot) {
    }

    public record Result(VerificationReport report) {
    }

    private final Adapters adapters;

    public VerifyCase(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) throws IOException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            return new Result(CaseVerifier.verify(ws));
        }
    }
}
