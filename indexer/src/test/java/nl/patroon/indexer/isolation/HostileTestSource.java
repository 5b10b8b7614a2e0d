package nl.patroon.indexer.isolation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/**
 * TEST CLASS PATH ONLY (registered in src/test/resources/META-INF/services, never packaged): a reader that
 * misbehaves on purpose, to prove the ingest survives it. {@code *.hang} never returns, {@code *.oom} allocates
 * until the heap is gone, {@code *.slow} takes a little while and logs each read to the file named by the
 * environment variable {@value #PARSE_LOG} (so a test can see which files were read, and how often).
 */
public final class HostileTestSource implements Source {
    public static final String PARSE_LOG = "PATROON_TEST_PARSE_LOG";

    @Override
    public String name() {
        return "test-hostile";
    }

    @Override
    public int priority() {
        return 1;
    }

    @Override
    public boolean accepts(SourceInput input) {
        String n = input.lowerName();
        return n.endsWith(".hang") || n.endsWith(".oom") || n.endsWith(".slow");
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws Exception {
        String n = input.lowerName();
        if (n.endsWith(".hang")) {
            while (true) {
                Thread.sleep(1_000);
            }
        }
        if (n.endsWith(".oom")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
        String log = System.getenv(PARSE_LOG);
        if (log != null) {
            Files.writeString(Path.of(log), input.evidence().originalName() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        Thread.sleep(40);
        String text = Files.readString(input.file(), StandardCharsets.UTF_8).strip();
        return new SourceResult.Read(SourceKind.OTHER,
                List.of(new Passage(input.evidence().id(), Locator.paragraph(1), null, null, null, "nl", false, text)),
                Map.of());
    }
}
