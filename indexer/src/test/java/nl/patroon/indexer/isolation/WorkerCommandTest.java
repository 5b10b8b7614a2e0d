package nl.patroon.indexer.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerCommandTest {
    @TempDir
    Path tmp;

    @Test
    void on_a_plain_class_path_the_worker_main_class_is_started_directly_with_a_heap_limit() {
        String cp = "a.jar" + File.pathSeparator + "classes";
        WorkerCommand c = WorkerCommand.forClassPath("java", cp, 256, WorkerJvm.PLAIN);

        assertThat(c.command()).contains("-Xmx256m", "-XX:+ExitOnOutOfMemoryError")
                .containsSubsequence("-cp", cp, ParseWorker.class.getName())
                .noneMatch(a -> a.contains("PropertiesLauncher"));
    }

    @Test
    void from_the_spring_boot_fat_jar_the_worker_is_started_through_the_properties_launcher() throws Exception {
        Path jar = tmp.resolve("patroon.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new ZipEntry("BOOT-INF/classes/"));
            j.closeEntry();
        }
        WorkerCommand c = WorkerCommand.forClassPath("java", jar.toString(), 256, WorkerJvm.PLAIN);

        assertThat(c.command()).containsSubsequence("-cp", jar.toString(),
                "-Dloader.main=" + ParseWorker.class.getName(), WorkerCommand.BOOT_LAUNCHER);
    }

    @Test
    void an_ordinary_jar_is_not_mistaken_for_a_fat_jar() throws Exception {
        Path jar = tmp.resolve("gewoon.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new ZipEntry("nl/patroon/X.class"));
            j.closeEntry();
        }
        assertThat(WorkerCommand.isBootJar(jar.toString())).isFalse();
        assertThat(WorkerCommand.isBootJar(jar + File.pathSeparator + "b.jar")).isFalse();
    }

    @Test
    void a_worker_starts_from_the_launchers_class_data_archive_when_there_is_one() throws Exception {
        Path archive = Files.createFile(tmp.resolve("worker.jsa"));
        assertThat(WorkerCommand.forClassPath("java", "a.jar", 256, new WorkerJvm(archive.toString(), null, null))
                .command()).contains("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
        assertThat(WorkerCommand.forClassPath("java", "a.jar", 256,
                new WorkerJvm(tmp.resolve("missing.jsa").toString(), null, null)).command())
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }
}
