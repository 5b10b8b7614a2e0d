package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.fixtures.SampleCase;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tar, tar.gz, gz and 7z are opened like zip: members become child evidence, within the limits. */
class ContainerIngestTest {
    @TempDir
    Path tmp;

    @Test
    void members_of_a_tar_gz_and_a_7z_are_read_as_child_evidence_with_nested_paths() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("beslag"));
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("export/chat.txt", SampleCase.CHAT.getBytes(StandardCharsets.UTF_8));
        members.put("export/leeg.txt", new byte[0]);
        Files.write(in.resolve("telefoon.tar.gz"), gzip(tar(members)));
        sevenZ(in.resolve("mail.7z"), Map.of("chat2.txt",
                SampleCase.CHAT.replace("waar ben je", "waar zit je").getBytes(StandardCharsets.UTF_8)));

        Map<String, IngestOutcome> files = byPath(ingest(in));

        String tgz = in.resolve("telefoon.tar.gz").toString();
        assertThat(files.get(tgz + "!/telefoon.tar!/export/chat.txt").state()).isEqualTo(IngestState.INDEXED);
        assertThat(files.get(tgz + "!/telefoon.tar!/export/chat.txt").passages()).isEqualTo(5);
        assertThat(files.get(tgz + "!/telefoon.tar!/export/leeg.txt").state()).isEqualTo(IngestState.SKIPPED);
        assertThat(files.get(tgz + "!/telefoon.tar").reason()).isEqualTo("archief met 2 bestand(en)");
        assertThat(files.get(tgz).reason()).isEqualTo("archief met 1 bestand(en)");
        assertThat(files.get(in.resolve("mail.7z") + "!/chat2.txt").passages()).isEqualTo(5);
        assertThat(files).hasSize(6);
    }

    @Test
    void a_gzip_bomb_stops_at_the_expansion_budget_and_fails_the_archive() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("beslag"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GzipCompressorOutputStream(gz)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        Files.write(in.resolve("nullen.bin.gz"), gz.toByteArray());

        IngestReport report = ingest(in, new ArchiveLimits(10, 1000, 20, 1 << 20));

        IngestOutcome bomb = byPath(report).get(in.resolve("nullen.bin.gz").toString());
        assertThat(bomb.state()).isEqualTo(IngestState.FAILED);
        assertThat(bomb.reason()).contains("zipbom");
    }

    @Test
    void compressed_member_names_drop_the_suffix() {
        assertThat(ArchiveExpander.decompressedName("a.tar.gz")).isEqualTo("a.tar");
        assertThat(ArchiveExpander.decompressedName("a.TGZ")).isEqualTo("a.tar");
        assertThat(ArchiveExpander.decompressedName("log.txt.xz")).isEqualTo("log.txt");
        assertThat(ArchiveExpander.decompressedName("zonder-achtervoegsel")).isEqualTo("zonder-achtervoegsel.uitgepakt");
    }

    private IngestReport ingest(Path in) throws Exception {
        return ingest(in, ArchiveLimits.DEFAULT);
    }

    private IngestReport ingest(Path in, ArchiveLimits limits) throws Exception {
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), "T",
                Clock.systemUTC(), "t")) {
            return new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC(),
                    limits, IngestOptions.defaults().withThreads(2)).run(List.of(in));
        }
    }

    private static Map<String, IngestOutcome> byPath(IngestReport r) {
        return r.files().stream().collect(Collectors.toMap(IngestOutcome::path, Function.identity()));
    }

    private static byte[] tar(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                e.setSize(m.getValue().length);
                tar.putArchiveEntry(e);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GzipCompressorOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static void sevenZ(Path file, Map<String, byte[]> members) throws IOException {
        try (SevenZOutputFile sz = new SevenZOutputFile(file.toFile())) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                SevenZArchiveEntry e = sz.createArchiveEntry(file.toFile(), m.getKey());
                e.setDirectory(false);
                sz.putArchiveEntry(e);
                sz.write(m.getValue());
                sz.closeArchiveEntry();
            }
        }
    }

}
