package nl.patroon.core.verify;

import java.util.List;

/** The outcome of {@code verify}: what was checked and every finding, in the order they were checked. */
public record VerificationReport(int originalsChecked, long auditLines, int exportsChecked, List<Finding> findings) {
    public VerificationReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.stream().noneMatch(Finding::problem);
    }

    public List<Finding> problems() {
        return findings.stream().filter(Finding::problem).toList();
    }
}
