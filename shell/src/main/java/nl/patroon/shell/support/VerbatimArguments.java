package nl.patroon.shell.support;

import java.util.List;
import org.jline.reader.ParsedLine;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import org.springframework.stereotype.Component;

/**
 * A one-shot command's arguments reach the command exactly as the operating system's shell split them. Spring
 * Shell joins them into one line and splits that again, so a lone quote in a search ({@code '"unclosed'})
 * swallowed every word after it, {@code --case C} included, and a quoted phrase lost its quotes.
 */
@Component
public class VerbatimArguments implements NonInteractiveShellRunnerCustomizer {
    @Override
    public void customize(org.springframework.shell.jline.NonInteractiveShellRunner runner) {
        String[][] last = new String[1][];
        runner.setCommandsFromArgs(args -> {
            last[0] = args.clone();
            return args.length == 0 ? List.of() : List.of(String.join(" ", args));
        });
        runner.setLineParser((line, cursor, context) -> words(List.of(last[0]), line));
    }

    static ParsedLine words(List<String> words, String line) {
        return new ParsedLine() {
            @Override
            public String word() {
                return words.isEmpty() ? "" : words.get(words.size() - 1);
            }

            @Override
            public int wordCursor() {
                return word().length();
            }

            @Override
            public int wordIndex() {
                return Math.max(0, words.size() - 1);
            }

            @Override
            public List<String> words() {
                return words;
            }

            @Override
            public String line() {
                return line;
            }

            @Override
            public int cursor() {
                return line.length();
            }
        };
    }
}
