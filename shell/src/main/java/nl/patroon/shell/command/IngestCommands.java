package nl.patroon.shell.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.UserErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandRegistration;

/**
 * Taking evidence into a case. Registered programmatically: Spring Shell's annotation models cannot bind a
 * variable number of positional arguments ({@code ingest --case x a.pdf b.txt map/}), its builder can.
 */
@Configuration
public class IngestCommands {
    /** Exit code when the ingest completed but some files failed: the batch is done, but not clean. */
    public static final int SOME_FILES_FAILED = 3;

    private final CaseSession session;
    private final Ingest ingest;

    public IngestCommands(CaseSession session, Ingest ingest) {
        this.session = session;
        this.ingest = ingest;
    }

    @Bean
    CommandRegistration ingestCommand() {
        return CommandRegistration.builder()
                .command("inlezen").group("Bewijs")
                .description("Lees bestanden, mappen en zip-archieven in: hash, dedupliceer, extraheer, indexeer.")
                .withAlias().command("ingest").and()
                .withOption().longNames("paths", "bestanden").type(String[].class).position(0)
                .arity(1, Integer.MAX_VALUE).required().description("bestanden en mappen").and()
                .withOption().longNames("case", "zaak").description("zaakmap").and()
                .withOption().longNames("no-ocr", "zonder-ocr").type(boolean.class).defaultValue("false")
                .description("geen OCR").and()
                .withOption().longNames("threads", "draden").type(int.class).defaultValue("0")
                .description("bestanden tegelijk (standaard: aantal processorkernen)").and()
                .withOption().longNames("timeout", "tijdslimiet").type(int.class).defaultValue("120")
                .description("seconden per bestand; daarna wordt het werkproces gestopt").and()
                .withOption().longNames("password-file", "wachtwoordbestand")
                .description("bestand met bekende wachtwoorden, één per regel (worden nergens vastgelegd)").and()
                .withOption().longNames("worker-memory", "werkgeheugen").type(int.class).defaultValue("512")
                .description("geheugenlimiet per werkproces in MB").and()
                .withTarget().function(ctx -> {
                    try {
                        return ingest(ctx.getOptionValue("paths"), ctx.getOptionValue("case"),
                                Boolean.TRUE.equals(ctx.getOptionValue("no-ocr")), ctx.getOptionValue("threads"),
                                ctx.getOptionValue("timeout"), ctx.getOptionValue("worker-memory"),
                                passwords(ctx.getOptionValue("password-file")));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).and()
                .build();
    }

    /**
     * Reads known passwords, one per line, exactly as written (a password may be four spaces); only line ends
     * are removed. The file's content is never echoed.
     */
    static List<String> passwords(String file) throws IOException {
        if (file == null) {
            return List.of();
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("Wachtwoordbestand niet gevonden: " + file);
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty()).toList();
    }

    public String ingest(String[] paths, String caseDir, boolean noOcr, Integer threads, Integer timeoutSeconds,
                         Integer workerMemoryMb, List<String> passwords) throws IOException {
        if (paths == null || paths.length == 0) {
            throw new IllegalArgumentException("Geef minstens één bestand of map om in te lezen.");
        }
        List<Path> inputs = Arrays.stream(paths).map(Path::of).toList();
        Ingest.Result result = ingest.run(new Ingest.Request(session.use(caseDir), inputs, !noOcr, threads,
                timeoutSeconds, workerMemoryMb, passwords, new ProgressLine(System.out)));
        System.out.print(System.console() != null ? "\r" : "");
        String summary = summary(result, true);
        if (result.report().anyFailed()) {
            throw new UserErrors.CommandFailed(summary, SOME_FILES_FAILED);
        }
        return summary;
    }

    /** The human summary: totals per state, per media type if asked, every failed or skipped file with its reason. */
    static String summary(Ingest.Result result, boolean perMediaType) {
        return summary(result.report(), result.reportJson(), result.reportCsv(),
                perMediaType ? result.byMediaType() : Map.of());
    }

    private static String summary(IngestReport report, Path reportJson, Path reportCsv,
                                  Map<String, Map<String, Long>> byMediaType) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Ingelezen in %.1f s: %d geïndexeerd, %d duplicaat, %d mislukt, %d overgeslagen"
                        + " (%d bestanden).%n", report.millis() / 1000.0, report.count(IngestState.INDEXED),
                report.count(IngestState.DUPLICATE), report.count(IngestState.FAILED),
                report.count(IngestState.SKIPPED), report.files().size()));
        if (!byMediaType.isEmpty()) {
            sb.append("Per mediatype:\n");
            byMediaType.forEach((type, states) -> {
                sb.append("  ").append(type).append(": ");
                StringBuilder parts = new StringBuilder();
                states.forEach((state, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ')
                        .append(IngestState.parse(state).dutch()));
                sb.append(parts).append('\n');
            });
        }
        for (IngestOutcome o : report.files()) {
            if (o.state() == IngestState.FAILED || o.state() == IngestState.SKIPPED) {
                sb.append("  ").append(o.state().dutch()).append(": ").append(o.path()).append(" — ")
                        .append(o.reason()).append('\n');
            }
        }
        sb.append("Rapport: ").append(reportJson).append(" en ").append(reportCsv);
        return sb.toString();
    }

    /** One progress line, rewritten in place: files done, files/s, MB/s, and the time left (by bytes). */
    static final class ProgressLine implements Ingest.Progress {
        private final PrintStream out;
        private final long start = System.nanoTime();
        private int total;
        private long totalBytes;
        private int done;
        private long bytes;
        private long topLevelBytes;
        private long lastPrint = System.nanoTime();
        private final boolean interactive = System.console() != null;

        ProgressLine(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int files, long totalBytes) {
            this.total = files;
            this.totalBytes = totalBytes;
        }

        @Override
        public void finished(IngestOutcome outcome, long size) {
            done++;
            bytes += size;
            if (!outcome.path().contains("!/")) {
                topLevelBytes += size;
            }
            long now = System.nanoTime();
            // On a terminal the line is redrawn 4 times a second; in a log a new line every 10 seconds.
            long interval = interactive ? 250_000_000L : 10_000_000_000L;
            if (now - lastPrint > interval) {
                lastPrint = now;
                double secs = Math.max(0.001, (now - start) / 1e9);
                out.printf(interactive ? "\r%d bestanden verwerkt (%d invoer), %.1f bestanden/s, %.1f MB/s, %s   "
                                : "%d bestanden verwerkt (%d invoer), %.1f bestanden/s, %.1f MB/s, %s%n",
                        done, total, done / secs, bytes / secs / 1e6, timeLeft(secs));
                out.flush();
            }
        }

        private String timeLeft(double secs) {
            if (topLevelBytes <= 0 || totalBytes <= 0) {
                return "resterende tijd onbekend";
            }
            long left = Math.round(secs * (totalBytes - topLevelBytes) / topLevelBytes);
            return String.format("nog ca. %d:%02d min", left / 60, left % 60);
        }
    }
}
