package nl.patroon.shell.command;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.app.search.Classify;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.Messages;
import nl.patroon.shell.support.UserErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandRegistration;

/**
 * {@code classify [FILE] [--rules DIR]}: the stable evaluation interface of the detector. Reads JSON lines
 * {@code {"id", "text", "lang"?}} from FILE or standard input, writes one JSON line per input to standard
 * output and errors (naming the line) to standard error. Needs no case.
 */
@Configuration
public class ClassifyCommand {
    /** Exit code when some input lines were rejected (each named on standard error). */
    public static final int SOME_LINES_REJECTED = 3;

    private final Classify classify;

    public ClassifyCommand(Classify classify) {
        this.classify = classify;
    }

    @Bean
    CommandRegistration classifyRegistration(CommandRegistration.BuilderSupplier builder, Completions completions) {
        return builder.get()
                .command("classificeer").group("Onderzoek")
                .description("Classificeer JSON-regels {\"id\",\"text\",\"lang\"} uit een bestand of standaardinvoer.")
                .withAlias().command("classify").and()
                .withOption().longNames("file", "bestand").type(String.class).position(0).arity(0, 1)
                .description("invoerbestand (standaard: standaardinvoer)").completion(completions::paths).and()
                .withOption().longNames("rules", "regels").description("map met eigen regelbestanden").and()
                .withTarget().function(ctx -> {
                    try {
                        Classify.Result stats = classify(ctx.getOptionValue("file"), ctx.getOptionValue("rules"));
                        if (stats.errors() > 0) {
                            // Rejected lines have no result line: an evaluation run must not pass them silently.
                            throw new UserErrors.CommandFailed(Messages.get("classify.rejected", stats.errors(),
                                    stats.lines()), SOME_LINES_REJECTED);
                        }
                        return null;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).and()
                .build();
    }

    public Classify.Result classify(String file, String rules) throws IOException {
        if (file != null && !Files.isRegularFile(Path.of(file))) {
            throw new IllegalArgumentException(Messages.get("classify.no-such-file", file));
        }
        if (rules != null && !Files.isDirectory(Path.of(rules))) {
            throw new IllegalArgumentException(Messages.get("classify.no-such-rules", rules));
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (Reader in = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            Classify.Result stats = classify.run(new Classify.Request(in, out, err,
                    rules == null ? null : Path.of(rules), Messages::problem));
            out.flush();
            err.println(Messages.get("classify.summary", stats.lines(), stats.classified(), stats.errors(),
                    stats.labelled()));
            err.flush();
            return stats;
        }
    }
}
