package nl.patroon.shell.support;

import java.util.List;
import nl.patroon.shell.CommandLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * The lines of a script ({@code script file}, {@code patroon @file}) and of the interactive shell are split as
 * Spring Shell splits them, then arranged as a one-shot command's arguments are ({@link CommandLine}): repeated
 * options gathered ({@code --alias a --alias b} kept only b), positional words before the options. Completion
 * sees the line as typed, so that the cursor still points at the word being completed.
 */
@Configuration
public class NormalisingParser {
    @Bean
    @Primary
    Parser patroonParser() {
        ExtendedDefaultParser split = new ExtendedDefaultParser();
        split.setEofOnUnclosedQuote(true); // as Spring Shell's own parser: an open quote continues on the next line
        split.setEofOnEscapedNewLine(true);
        return normalising(split);
    }

    static Parser normalising(Parser split) {
        return new Parser() {
            @Override
            public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
                ParsedLine parsed = split.parse(line, cursor, context);
                if (context == ParseContext.COMPLETE || context == ParseContext.SECONDARY_PROMPT) {
                    return parsed;
                }
                List<String> words = parsed.words().stream().filter(w -> !w.isEmpty()).toList();
                return VerbatimArguments.words(List.of(CommandLine.normalise(words.toArray(String[]::new))), line);
            }

            @Override
            public boolean isEscapeChar(char ch) {
                return split.isEscapeChar(ch);
            }

            @Override
            public boolean validCommandName(String name) {
                return split.validCommandName(name);
            }

            @Override
            public boolean validVariableName(String name) {
                return split.validVariableName(name);
            }

            @Override
            public String getCommand(String line) {
                return split.getCommand(line);
            }

            @Override
            public String getVariable(String line) {
                return split.getVariable(line);
            }
        };
    }
}
