package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.bench.DetectionBenchmark;
import nl.patroon.indexer.detect.bench.DetectionBenchmark.Example;
import nl.patroon.indexer.detect.bench.DetectionBenchmark.Result;
import org.junit.jupiter.api.Test;

/** The quality targets of issue #4 on the development set in bench/detection (behaviour, not speed). */
class DevSetTargetsTest {
    private static final Path DEVSET = Path.of("..", "bench", "detection", "devset.txt");

    private static List<Example> devset() throws Exception {
        assumeTrue(Files.exists(DEVSET), "dev set not found at " + DEVSET.toAbsolutePath());
        return DetectionBenchmark.read(Files.readAllLines(DEVSET, StandardCharsets.UTF_8));
    }

    @Test
    void theDevSetIsBigAndMostlyDutchWithEnoughOfEachCategory() throws Exception {
        List<Example> set = devset();
        assertThat(set).hasSizeGreaterThanOrEqualTo(500);
        assertThat(set.stream().filter(e -> e.lang().equals("nl")).count()).isGreaterThanOrEqualTo(set.size() * 6 / 10);
        assertThat(set.stream().filter(Example::benign).count()).isGreaterThanOrEqualTo(150);
        for (Category c : Category.values()) {
            if (c != Category.NONE) {
                assertThat(set.stream().filter(e -> e.gold().contains(c)).count()).as(c.name())
                        .isGreaterThanOrEqualTo(15);
            }
        }
    }

    @Test
    void theTargetsHold() throws Exception {
        Result r = DetectionBenchmark.evaluate(RuleDetector.bundled(), devset());
        assertThat(r.macroF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.score(Category.THREAT_TO_KILL).precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.score(Category.THREAT_TO_KILL).recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.benignFpRate()).isLessThanOrEqualTo(0.03);
    }
}
