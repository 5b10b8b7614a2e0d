package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.search.IndexedPassage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of the passage index is owner-only (0600), whatever the umask: it holds the evidence's text. */
class IndexFileModesTest {

    @Test
    void everyIndexFileIsReadableAndWritableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        try (PassageIndexWriter w = new PassageIndexWriter(dir)) {
            for (int item = 1; item <= 3; item++) {
                String id = "E-000" + item;
                w.replaceEvidence(id, List.of(new IndexedPassage(new Passage(id, Locator.paragraph(1), null, null, null,
                        "nl", false, "Hij zei: ik maak je af.", null), "ab".repeat(32), List.of())));
                w.commit(); // several commits: segments, pending segments, the lock
            }
            assertOwnerOnly(dir);
        }
        assertOwnerOnly(dir);
    }

    private static void assertOwnerOnly(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).isNotEmpty().anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
            assertThat(all).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as(f.getFileName().toString()).isEqualTo("rw-------"));
        }
    }
}
