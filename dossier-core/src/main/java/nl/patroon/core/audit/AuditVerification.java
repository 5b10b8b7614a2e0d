package nl.patroon.core.audit;

import java.util.List;

/** The result of checking the audit log's hash chain: ok, or each problem with its line number. */
public record AuditVerification(long lines, List<Problem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** @param line 1-based line number in audit.log */
    public record Problem(long line, String message) {
    }
}
