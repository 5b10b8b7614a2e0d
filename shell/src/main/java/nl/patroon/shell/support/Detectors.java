package nl.patroon.shell.support;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.indexer.detect.RuleDetector;
import org.springframework.stereotype.Component;

/**
 * Chooses the detection rules: the bundled rule files, extended or overridden by a folder of rule files —
 * given explicitly, or a case's own {@code rules/} folder — so that a legal professional can add a phrasing
 * without a new build.
 */
@Component
public class Detectors {

    /** Bundled rules, plus {@code rulesDir} when given. */
    public RuleDetector rules(Path rulesDir) {
        return rulesDir == null ? RuleDetector.bundled() : RuleDetector.load(rulesDir);
    }

    /** The rules for an ingest into the case at {@code caseRoot}: bundled plus the case's {@code rules/}. */
    public RuleDetector forCase(Path caseRoot) {
        Path own = caseRoot.resolve("rules");
        return rules(Files.isDirectory(own) ? own : null);
    }
}
