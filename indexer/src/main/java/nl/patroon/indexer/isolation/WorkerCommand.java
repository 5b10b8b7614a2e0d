package nl.patroon.indexer.isolation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command line that starts a {@link ParseWorker} on the same class path as this JVM. From the Spring
 * Boot fat jar the class path is the jar itself (classes nested under {@code BOOT-INF/}), so there the
 * worker is started through Boot's {@code PropertiesLauncher} with {@code loader.main}.
 */
public record WorkerCommand(List<String> command, boolean recordsArchive) {
    static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    public WorkerCommand {
        command = List.copyOf(command);
    }

    /** A worker with at most {@code heapMb} MiB of heap, on this JVM's class path, started as {@code jvm} says. */
    public static WorkerCommand forThisJvm(int heapMb, WorkerJvm jvm) {
        return forClassPath(javaExecutable(), System.getProperty("java.class.path"), heapMb, jvm);
    }

    static WorkerCommand forClassPath(String java, String classPath, int heapMb, WorkerJvm jvm) {
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-Xss4m",
                // An OOM must end the worker at once (exit code 3), not leave it limping in a corrupt state.
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                // C1 only: a worker lives for one batch and C2 compiles of Tika, POI and PDFBox cost more CPU than
                // they save there (300 corpus documents through ingest: 75 → 64 CPU s).
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        // Extra options for diagnosis (profiling a worker, a larger stack), e.g. PATROON_WORKER_JAVA_OPTS="-XX:+UseG1GC".
        cmd.addAll(jvm.extraOptions());
        cmd.addAll(jvm.classDataSharing());
        cmd.addAll(List.of("-cp", classPath));
        if (isBootJar(classPath)) {
            cmd.add("-Dloader.main=" + ParseWorker.class.getName());
            cmd.add(BOOT_LAUNCHER);
        } else {
            cmd.add(ParseWorker.class.getName());
        }
        return new WorkerCommand(cmd, jvm.recordsArchive());
    }

    static boolean isBootJar(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getEntry("BOOT-INF/classes/") != null || f.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
