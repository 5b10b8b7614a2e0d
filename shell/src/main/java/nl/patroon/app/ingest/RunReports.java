package nl.patroon.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import nl.patroon.core.casefile.CaseWorkspace;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keeps every run's ingest report: {@code exports/ingest/<UTC time of the run>/} holds that run's JSON and CSV, and
 * {@code exports/ingest/latest/} a copy of the newest, at a path that never changes. A later run no longer
 * overwrites an earlier run's account of its files.
 */
public final class RunReports {
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunReports() {
    }

    /** The two report files of one run, where they were kept. */
    public record Kept(Path json, Path csv) {
    }

    /** Copies the run's report files into their own folder and into {@code latest}; returns the run's copies. */
    public static Kept keep(Path exportsDir, Path json, Path csv, Instant runAt) throws IOException {
        Path base = exportsDir.resolve("ingest");
        Path run = base.resolve(FOLDER.format(runAt));
        for (int n = 2; Files.exists(run); n++) { // two runs in one second
            run = base.resolve(FOLDER.format(runAt) + "-" + n);
        }
        // Owner-only, like every folder and file of a case: the reports name the seized files.
        CaseWorkspace.createPrivateDirectory(base);
        CaseWorkspace.createPrivateDirectory(run);
        Path latest = base.resolve("latest");
        CaseWorkspace.createPrivateDirectory(latest);
        Path keptJson = run.resolve(json.getFileName());
        Path keptCsv = run.resolve(csv.getFileName());
        Files.copy(json, keptJson, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(csv, keptCsv, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(json, latest.resolve(json.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(csv, latest.resolve(csv.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        return new Kept(keptJson, keptCsv);
    }
}
