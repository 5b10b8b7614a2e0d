package nl.patroon.shell.command;

import java.util.Optional;
import java.io.IOException;
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
import nl.patroon.core.problem.Problem;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.Messages;
import nl.patroon.shell.support.ProgressBar;
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
    CommandRegistration ingestCommand(CommandRegistration.BuilderSupplier builder, Completions completions) {
        return builder.get()
                .command("inlezen").group("Bewijs")
                .description("Lees bestanden, mappen en zip-archieven in: hash, dedupliceer, extraheer, indexeer.")
                .withAlias().command("ingest").and()
                .withOption().longNames("paths", "bestanden").type(String[].class).position(0)
                .arity(1, Integer.MAX_VALUE).required().description("bestanden en mappen")
                .completion(completions::paths).and()
                .withOption().longNames("case", "zaak").description("zaakmap").completion(completions::paths).and()
                .withOption().longNames("no-ocr", "zonder-ocr").type(boolean.class).arity(0, 0)
                .description("geen OCR").and()
                .withOption().longNames("threads", "draden").type(int.class).defaultValue("0")
                .description("bestanden tegelijk (standaard: aantal processorkernen)").and()
                .withOption().longNames("timeout", "tijdslimiet").type(int.class).defaultValue("120")
                .description("seconden per bestand; daarna wordt het werkproces gestopt").and()
                .withOption().longNames("password-file", "wachtwoordbestand")
                .description("bestand met bekende wachtwoorden, één per regel (worden nergens vastgelegd)")
                .completion(completions::paths).and()
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
            throw new IllegalArgumentException(Messages.get("ingest.password-file", file));
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty()).toList();
    }

    public String ingest(String[] paths, String caseDir, boolean noOcr, Integer threads, Integer timeoutSeconds,
                         Integer workerMemoryMb, List<String> passwords) throws IOException {
        if (paths == null || paths.length == 0) {
            throw new IllegalArgumentException(Messages.get("error.option.missing.paths"));
        }
        List<Path> inputs = Arrays.stream(paths).map(Path::of).toList();
        for (Path p : inputs) {
            // A typo in a path is the user's mistake, not a file that failed: say so before anything is read.
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException(Messages.get("ingest.no-such-path", p));
            }
        }
        Path dir = session.use(caseDir);
        ProgressBar progress = new ProgressBar(System.out);
        Ingest.Result result;
        try {
            result = ingest.run(new Ingest.Request(dir, inputs, !noOcr, threads, timeoutSeconds, workerMemoryMb,
                    passwords, progress));
        } finally {
            progress.close();
        }
        String summary = CaseSession.header(dir) + "\n" + summary(result, true);
        if (result.report().anyFailed()) {
            throw new UserErrors.CommandFailed(summary, SOME_FILES_FAILED);
        }
        return summary;
    }

    /** An end state in the session's language. */
    static String state(IngestState s) {
        return Messages.get("ingest.state." + s.code());
    }

    /**
     * Why a file failed or was skipped, in the session's language. The journal keeps the Dutch text the indexer
     * made from a {@link Problem}; it is read back into that problem here. A text made otherwise (a parser's own
     * message) is shown as it is.
     */
    static String reason(String dutch) {
        Optional<Problem.Retried> retried = Problem.retried(dutch);
        if (retried.isPresent()) {
            return reason(retried.get().reason()) + Messages.get("ingest.attempts", retried.get().attempts());
        }
        return Problem.recognise("ingest.reason.", dutch).map(Messages::problem).orElse(dutch);
    }

    /** The human summary: totals per state, per media type if asked, every failed or skipped file with its reason. */
    static String summary(Ingest.Result result, boolean perMediaType) {
        return summary(result.report(), result.reportJson(), result.reportCsv(),
                perMediaType ? result.byMediaType() : Map.of());
    }

    private static String summary(IngestReport report, Path reportJson, Path reportCsv,
                                  Map<String, Map<String, Long>> byMediaType) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("ingest.summary", report.millis() / 1000.0, report.count(IngestState.INDEXED),
                report.count(IngestState.DUPLICATE), report.count(IngestState.FAILED),
                report.count(IngestState.SKIPPED), report.files().size())).append('\n');
        if (!byMediaType.isEmpty()) {
            sb.append(Messages.get("ingest.per-type")).append('\n');
            byMediaType.forEach((type, states) -> {
                sb.append("  ").append(type).append(": ");
                StringBuilder parts = new StringBuilder();
                states.forEach((state, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ')
                        .append(state(IngestState.parse(state))));
                sb.append(parts).append('\n');
            });
        }
        for (IngestOutcome o : report.files()) {
            if (o.state() == IngestState.FAILED || o.state() == IngestState.SKIPPED) {
                sb.append("  ").append(state(o.state())).append(": ").append(o.path()).append(" — ")
                        .append(reason(o.reason())).append('\n');
            }
        }
        sb.append(Messages.get("ingest.report", reportJson, reportCsv));
        return sb.toString();
    }
}
