package nl.patroon.shell.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.indexer.ingest.IngestListener;
import nl.patroon.indexer.ingest.IngestRunner;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Detectors;
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
    private final Detectors detectors;

    public IngestCommands(CaseSession session, Detectors detectors) {
        this.session = session;
        this.detectors = detectors;
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
                .withTarget().function(ctx -> {
                    try {
                        return ingest(ctx.getOptionValue("paths"), ctx.getOptionValue("case"),
                                Boolean.TRUE.equals(ctx.getOptionValue("no-ocr")));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).and()
                .build();
    }

    public String ingest(String[] paths, String caseDir, boolean noOcr) throws IOException {
        if (paths == null || paths.length == 0) {
            throw new IllegalArgumentException("Geef minstens één bestand of map om in te lezen.");
        }
        List<Path> inputs = Arrays.stream(paths).map(Path::of).toList();
        try (CaseWorkspace ws = session.open(caseDir)) {
            IngestReport report = run(ws, inputs, !noOcr, System.out);
            System.out.print(System.console() != null ? "\r" : "");
            String summary = summary(report, ws.exportsDir().resolve("ingest-report.json"));
            if (report.anyFailed()) {
                throw new UserErrors.CommandFailed(summary, SOME_FILES_FAILED);
            }
            return summary;
        }
    }

    IngestReport run(CaseWorkspace ws, List<Path> inputs, boolean ocr, PrintStream progress) throws IOException {
        SourceContext context = new SourceContext(ZoneId.of(ws.caseFile().timeZone()), ocr);
        IngestRunner runner = new IngestRunner(ws, SourceRegistry.discover(), detectors.forCase(ws.root()), context,
                new ProgressLine(progress), session.clock());
        return runner.run(inputs);
    }

    static String summary(IngestReport report, Path reportFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Ingelezen in %.1f s: %d geïndexeerd, %d duplicaat, %d mislukt, %d overgeslagen"
                        + " (%d bestanden).%n", report.millis() / 1000.0, report.count(IngestState.INDEXED),
                report.count(IngestState.DUPLICATE), report.count(IngestState.FAILED),
                report.count(IngestState.SKIPPED), report.files().size()));
        for (IngestOutcome o : report.files()) {
            if (o.state() == IngestState.FAILED || o.state() == IngestState.SKIPPED) {
                sb.append("  ").append(o.state().dutch()).append(": ").append(o.path()).append(" — ")
                        .append(o.reason()).append('\n');
            }
        }
        sb.append("Rapport: ").append(reportFile);
        return sb.toString();
    }

    /** One progress line on stderr-like output, rewritten in place: files done, rate, bytes. */
    static final class ProgressLine implements IngestListener {
        private final PrintStream out;
        private final long start = System.nanoTime();
        private int total;
        private int done;
        private long bytes;
        private long lastPrint = System.nanoTime();
        private final boolean interactive = System.console() != null;

        ProgressLine(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int files, long totalBytes) {
            this.total = files;
        }

        @Override
        public void finished(IngestOutcome outcome, long size) {
            done++;
            bytes += size;
            long now = System.nanoTime();
            // On a terminal the line is redrawn 4 times a second; in a log a new line every 10 seconds.
            long interval = interactive ? 250_000_000L : 10_000_000_000L;
            if (now - lastPrint > interval) {
                lastPrint = now;
                double secs = Math.max(0.001, (now - start) / 1e9);
                out.printf(interactive ? "\r%d bestanden verwerkt (%d invoer), %.1f bestanden/s, %.1f MB/s   "
                                : "%d bestanden verwerkt (%d invoer), %.1f bestanden/s, %.1f MB/s%n",
                        done, total, done / secs, bytes / secs / 1e6);
                out.flush();
            }
        }
    }
}
