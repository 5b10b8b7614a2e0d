package nl.patroon.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.port.CaseStoreProvider;
import nl.patroon.core.port.PassageIndex;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.indexer.casedb.SqliteCaseStoreProvider;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.index.PassageSearcher;

/**
 * The composition root: which implementation serves each port for a case. A use case asks here, never
 * constructs an adapter itself, so a second implementation (a search across cases) is wired in one place.
 */
public final class Adapters {
    private final Settings settings;
    private final CaseStoreProvider stores = new SqliteCaseStoreProvider();

    public Adapters(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public CaseWorkspace create(Path root, Parketnummer parketnummer, String title) {
        return CaseWorkspace.create(root, parketnummer, title, settings.clock(), settings.user(), stores);
    }

    public CaseWorkspace open(Path root) {
        return CaseWorkspace.open(root, settings.clock(), settings.user(), stores);
    }

    /** The case's passage search; empty while nothing has been indexed. */
    public Optional<PassageSearch> search(CaseWorkspace ws) throws IOException {
        return PassageSearcher.exists(ws.indexDir()) ? Optional.of(new PassageSearcher(ws.indexDir()))
                : Optional.empty();
    }

    public PassageIndex index(CaseWorkspace ws) throws IOException {
        return new PassageIndexWriter(ws.indexDir());
    }

    /**
     * The detection rules: the bundled rule files, extended or overridden by a folder of rule files when given,
     * so that a legal professional can add a phrasing without a new build.
     */
    public RuleDetector rules(Path rulesDir) {
        return rulesDir == null ? RuleDetector.bundled() : RuleDetector.load(rulesDir);
    }

    /** The rules for a case: bundled plus the case's own {@code rules/} folder. */
    public RuleDetector rulesForCase(Path caseRoot) {
        Path own = caseRoot.resolve("rules");
        return rules(Files.isDirectory(own) ? own : null);
    }
}
