package nl.patroon.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run keeps its own ingest report; "latest" is always the newest. */
class RunReportsTest {
    @TempDir
    Path exports;

    @Test
    void each_run_has_its_folder_and_latest_follows_the_newest() throws Exception {
        Path json = exports.resolve("ingest-report.json");
        Path csv = exports.resolve("ingest-report.csv");
        Files.writeString(json, "{\"run\":1}");
        Files.writeString(csv, "run1");
        RunReports.Kept first = RunReports.keep(exports, json, csv, Instant.parse("2026-12-07T03:10:00Z"));
        Files.writeString(json, "{\"run\":2}");
        Files.writeString(csv, "run2");
        RunReports.Kept second = RunReports.keep(exports, json, csv, Instant.parse("2026-12-07T04:20:05Z"));

        assertThat(first.json()).isEqualTo(exports.resolve("ingest/2026-12-07T03-10-00Z/ingest-report.json"));
        assertThat(Files.readString(first.json())).isEqualTo("{\"run\":1}");
        assertThat(Files.readString(second.csv())).isEqualTo("run2");
        assertThat(Files.readString(exports.resolve("ingest/latest/ingest-report.json"))).isEqualTo("{\"run\":2}");
    }

    @Test
    void two_runs_in_one_second_do_not_overwrite_each_other() throws Exception {
        Path json = Files.writeString(exports.resolve("ingest-report.json"), "a");
        Path csv = Files.writeString(exports.resolve("ingest-report.csv"), "a");
        Instant at = Instant.parse("2026-12-07T03:10:00Z");
        RunReports.Kept one = RunReports.keep(exports, json, csv, at);
        Files.writeString(json, "b");
        RunReports.Kept two = RunReports.keep(exports, json, csv, at);
        assertThat(two.json().getParent()).isNotEqualTo(one.json().getParent());
        assertThat(Files.readString(one.json())).isEqualTo("a");
        assertThat(Files.readString(two.json())).isEqualTo("b");
    }
}
