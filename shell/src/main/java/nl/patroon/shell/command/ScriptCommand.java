package nl.patroon.shell.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.HelpOption;
import nl.patroon.shell.support.Messages;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandRegistration;

/**
 * {@code script <file>}: runs the commands of a file, one a line, as typed in the shell. Replaces Spring Shell's
 * own, which stopped silently at the first comment line ({@code // …}): every command after it was skipped.
 * Blank lines and comments are passed over, a line ending in {@code \} continues on the next, and each line is
 * split by the shell's parser (support/NormalisingParser: repeated options kept).
 */
@Configuration
public class ScriptCommand {
    @Bean
    CommandRegistration scriptRegistration(ObjectProvider<Shell> shell, ObjectProvider<Parser> parser,
                                           Completions completions) {
        return HelpOption.builder().command("script").group("Built-In Commands")
                .description("Voer de opdrachten uit een bestand uit.")
                .withOption().longNames("file", "bestand").position(0).arity(1, 1).required()
                .description("bestand met opdrachten").completion(completions::paths).and()
                .withTarget().consumer(ctx -> run(Path.of((String) ctx.getOptionValue("file")), shell.getObject(),
                        parser.getObject())).and()
                .build();
    }

    static void run(Path file, Shell shell, Parser parser) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Messages.get("error.no-such-file", file));
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            shell.run(lines(reader, parser));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's commands, one Input each; null at the end. */
    static InputProvider lines(BufferedReader reader, Parser parser) {
        return () -> {
            try {
                StringBuilder command = new StringBuilder();
                for (String line; (line = reader.readLine()) != null; ) {
                    boolean continues = line.matches("(.*)\\\\\\s*$");
                    command.append(line.replaceFirst("(.*)\\\\\\s*$", "$1"));
                    if (continues) {
                        continue;
                    }
                    String text = command.toString();
                    command.setLength(0);
                    if (text.isBlank() || text.strip().startsWith("//") || text.strip().startsWith("#")) {
                        continue;
                    }
                    ParsedLine parsed = parser.parse(text, text.length());
                    List<String> words = parsed.words();
                    return new Input() {
                        @Override
                        public String rawText() {
                            return text;
                        }

                        @Override
                        public List<String> words() {
                            return words;
                        }
                    };
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
