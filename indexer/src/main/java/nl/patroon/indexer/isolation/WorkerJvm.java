package nl.patroon.indexer.isolation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the worker JVMs start besides their heap: class-data sharing set up by the launcher and extra options for
 * diagnosis. Read once, by whoever starts the ingest ({@link #fromEnvironment}), not by the workers' code.
 *
 * @param cdsArchive   a class-data archive to start from ({@value #CDS_ARCHIVE}), or null
 * @param cdsRecord    a class-data archive to write when the worker exits ({@value #CDS_RECORD}, the launcher's one
 *                     training run), or null
 * @param extraOptions JVM options added for diagnosis ({@value #EXTRA_OPTIONS}, e.g. a JFR recording)
 */
public record WorkerJvm(String cdsArchive, String cdsRecord, List<String> extraOptions) {
    public static final String EXTRA_OPTIONS = "PATROON_WORKER_JAVA_OPTS";
    public static final String CDS_ARCHIVE = "patroon.worker.cds";
    public static final String CDS_RECORD = "patroon.worker.cds.record";
    /** No class-data sharing, no extra options. */
    public static final WorkerJvm PLAIN = new WorkerJvm(null, null, List.of());

    public WorkerJvm {
        cdsArchive = blankToNull(cdsArchive);
        cdsRecord = blankToNull(cdsRecord);
        extraOptions = extraOptions == null ? List.of() : List.copyOf(extraOptions);
    }

    /** From this JVM's system properties and environment, as the launcher sets them. */
    public static WorkerJvm fromEnvironment() {
        String extra = System.getenv(EXTRA_OPTIONS);
        return new WorkerJvm(System.getProperty(CDS_ARCHIVE), System.getProperty(CDS_RECORD),
                extra == null || extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+")));
    }

    /** Whether workers record a class-data archive as they exit (they then get time to write it). */
    public boolean recordsArchive() {
        return cdsRecord != null;
    }

    /**
     * The class-data sharing options: a worker then maps Tika's, POI's and PDFBox's classes instead of loading and
     * verifying them again. An archive that is missing is left out; one the JVM cannot use is ignored by the JVM.
     */
    List<String> classDataSharing() {
        List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        if (cdsRecord != null) {
            List<String> out = new ArrayList<>(quiet);
            out.add("-XX:ArchiveClassesAtExit=" + cdsRecord);
            return out;
        }
        if (cdsArchive != null && Files.isRegularFile(Path.of(cdsArchive))) {
            List<String> out = new ArrayList<>(quiet);
            out.add("-XX:SharedArchiveFile=" + cdsArchive);
            return out;
        }
        return List.of();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
