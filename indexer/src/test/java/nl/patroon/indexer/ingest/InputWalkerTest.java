package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.core.evidence.IngestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk says why a path cannot be taken in as a kind, and each kind its end state and the user's reason. */
class InputWalkerTest {
    @TempDir
    Path tmp;

    @Test
    void links_are_skipped_and_missing_inputs_fail_each_with_its_reason_in_walk_order() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("beslag"));
        Files.writeString(folder.resolve("a.txt"), "tekst");
        Files.createSymbolicLink(folder.resolve("b-link"), Path.of("/etc/passwd"));
        Path topLink = Files.createSymbolicLink(tmp.resolve("map-link"), folder);

        List<InputFile> walked = InputWalker.walk(List.of(folder, topLink, tmp.resolve("weg.txt")));

        assertThat(walked).extracting(f -> f.path().getFileName().toString())
                .containsExactly("a.txt", "b-link", "map-link", "weg.txt");
        assertThat(walked.get(0).problem()).isNull();
        assertThat(walked.subList(1, 4)).extracting(f -> f.problem().state(), f -> f.problem().reason())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IngestState.SKIPPED, "symbolische link, niet gevolgd"),
                        org.assertj.core.groups.Tuple.tuple(IngestState.SKIPPED, "symbolische link, niet gevolgd"),
                        org.assertj.core.groups.Tuple.tuple(IngestState.FAILED, "bestaat niet"));
    }
}
