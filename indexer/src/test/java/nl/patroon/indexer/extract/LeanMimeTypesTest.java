package nl.patroon.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guarded media-type repository answers as Tika's own does: on every file the tests and the public sample
 * corpora hold, and on files made to sit at the edges of the guarded rule.
 */
class LeanMimeTypesTest {
    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final MimeTypes LEAN = LeanMimeTypes.of(TIKA.getMimeRepository());
    private static final Detector LEAN_DETECTOR = new DefaultDetector(LEAN);

    private static MediaType detect(Detector detector, Path file) throws IOException {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, m);
        }
    }

    private static MediaType magic(MimeTypes types, byte[] bytes) throws IOException {
        return types.detect(new ByteArrayInputStream(bytes), new Metadata());
    }

    @Test
    void the_guard_applies_to_the_tika_in_use() {
        // If this fails after a Tika upgrade, the rule changed: look again at whether it still needs a guard.
        assertThat(LeanMimeTypes.guarded()).isNotNull().contains(LeanMimeTypes.GUARDED_RULE);
        assertThat(LEAN).isNotSameAs(TIKA.getMimeRepository());
    }

    @Test
    void the_detectors_around_it_are_tikas_own() {
        assertThat(((CompositeDetector) LEAN_DETECTOR).getDetectors()).extracting(d -> d.getClass().getName())
                .containsExactlyElementsOf(((CompositeDetector) TIKA.getDetector()).getDetectors().stream()
                        .map(d -> d.getClass().getName()).toList());
    }

    @Test
    void every_sample_file_is_detected_as_tika_detects_it() throws IOException {
        List<Path> roots = new ArrayList<>(List.of(Path.of("src", "test", "resources")));
        Stream.of(Path.of("..", "..", "shared", "corpora"), Path.of("/work/shared/corpora"))
                .filter(Files::isDirectory).findFirst().ifPresent(roots::add);
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            assertThat(detect(LEAN_DETECTOR, f)).as(f.toString()).isEqualTo(detect(TIKA.getDetector(), f));
        }
    }

    /** An old Illustrator header line ({@code \n%AI5_FileFormat 3\r}) with its first byte at {@code at}. */
    @ParameterizedTest(name = "line break at {0}, version {1}")
    @CsvSource({"0, 3", "1, 1", "500, 4", "8191, 2", "8192, 3", "8193, 3", "9000, 3", "0, 5", "8000, 0"})
    void files_at_the_edges_of_the_guarded_rule_are_detected_as_before(int at, int version) throws IOException {
        byte[] line = ("\n%AI5_FileFormat " + version + "\r").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[at + line.length + 100];
        Arrays.fill(file, (byte) ' ');
        System.arraycopy(line, 0, file, at, line.length);
        MediaType tikas = magic(TIKA.getMimeRepository(), file);
        assertThat(magic(LEAN, file)).isEqualTo(tikas);
        boolean illustrator = at <= 8192 && version >= 1 && version <= 4;
        assertThat(tikas.toString().equals("application/illustrator+ps")).isEqualTo(illustrator);
    }
}
