package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestReportsTest {
    @TempDir
    Path tmp;

    final IngestReport report = new IngestReport("10/123456-24", "2024-01-01T00:00:00Z", 1234, List.of(
            new IngestOutcome("a,b \"c\".pdf", "aa", IngestState.INDEXED, null, "E-0001", 3),
            new IngestOutcome("=HYPERLINK(\"x\").txt", "bb", IngestState.FAILED, "time-out na 4 s", "E-0002", 0),
            new IngestOutcome("weg.txt", null, IngestState.FAILED, "bestaat niet", null, 0)));
    final Map<String, String> types = Map.of("E-0001", "application/pdf", "E-0002", "text/plain");

    @Test
    void the_csv_has_a_row_per_file_quoted_as_rfc_4180_and_never_starts_a_cell_with_a_formula() throws Exception {
        IngestReports.write(tmp, report, types);

        List<String> rows = Files.readAllLines(tmp.resolve(IngestReports.CSV));
        assertThat(rows).containsExactly(
                "path,state,reason,evidence,sha256,passages,media_type,reason_code",
                "\"a,b \"\"c\"\".pdf\",indexed,,E-0001,aa,3,application/pdf,",
                "\"'=HYPERLINK(\"\"x\"\").txt\",failed,time-out na 4 s,E-0002,bb,0,text/plain,other",
                "weg.txt,failed,bestaat niet,,,0,onbekend,missing");
    }

    @Test
    void the_reason_code_is_stable_whatever_the_dutch_text_names() {
        assertThat(IngestReports.reasonCode("symbolische link, niet gevolgd")).isEqualTo("symlink");
        assertThat(IngestReports.reasonCode("al aanwezig als E-0003 (eerder in deze run)"))
                .isEqualTo("duplicate-in-run");
        assertThat(IngestReports.reasonCode("time-out na 120 s: werkproces vastgelopen en gestopt (2 pogingen)"))
                .isEqualTo("timeout");
        assertThat(IngestReports.reasonCode("PDF kapot")).isEqualTo("other");
        assertThat(IngestReports.reasonCode(null)).isEmpty();
    }

    @Test
    void both_reports_are_owner_only() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        IngestReports.write(tmp, report, types);

        for (String name : List.of(IngestReports.CSV, IngestReports.JSON)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(tmp.resolve(name)))).as(name).isEqualTo("rw-------");
        }
    }

    @Test
    void totals_per_media_type_count_each_state() {
        assertThat(IngestReports.byMediaType(report, types)).containsExactly(
                Map.entry("application/pdf", Map.of("indexed", 1L)),
                Map.entry("onbekend", Map.of("failed", 1L)),
                Map.entry("text/plain", Map.of("failed", 1L)));
    }
}
