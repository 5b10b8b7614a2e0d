package nl.patroon.shell;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.boot.TerminalCustomizer;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Runs a command as {@code patroon <args>} does, inside the test's Spring context: the same argument handling
 * ({@link CommandLine}, the words passed on verbatim), Spring Shell's non-interactive path, and the same mapping
 * of its outcome to an exit code ({@link PatroonApplication#exitCode}). What the command writes to its terminal is
 * captured.
 */
final class NonInteractive {
    record Run(int exit, String screen) {
        /** The screen's text lines, without empty ones. */
        List<String> lines() {
            return screen.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** A terminal that writes into memory instead of the console. */
    @TestConfiguration
    static class CapturedTerminal {
        static final ByteArrayOutputStream SCREEN = new ByteArrayOutputStream();

        @Bean
        TerminalCustomizer captured() {
            return builder -> builder.system(false).dumb(true)
                    .streams(InputStream.nullInputStream(), SCREEN).encoding(StandardCharsets.UTF_8);
        }
    }

    private NonInteractive() {
    }

    static Run run(Shell shell, ShellContext context, String... args) {
        CommandLine.Parsed parsed = CommandLine.parse(args);
        List<String> words = List.of(parsed.args());
        // A real run is one process with a fresh Shell; this Shell is reused, so its memory of the last
        // non-interactive failure is cleared first.
        ReflectionTestUtils.setField(shell, "handlingResultNonInt", null);
        ReflectionTestUtils.setField(shell, "processExceptionNonInt", null);
        context.setInteractionMode(InteractionMode.NONINTERACTIVE);
        synchronized (CapturedTerminal.SCREEN) {
            CapturedTerminal.SCREEN.reset();
        }
        int exit = 0;
        try {
            shell.run(once(words));
        } catch (Exception e) {
            exit = PatroonApplication.exitCode(e);
        }
        return new Run(exit, CapturedTerminal.SCREEN.toString(StandardCharsets.UTF_8));
    }

    /**
     * A simple command line split at spaces (rows need no quoting), with {@code --lang} and {@code --debug} applied
     * as patroon's main applies them before Spring starts (Dutch when no language is given).
     */
    static String[] words(String commandLine) {
        String[] words = commandLine.split(" ");
        CommandLine.Parsed parsed = CommandLine.parse(words);
        nl.patroon.shell.support.Messages.use(parsed.language() != null ? parsed.language() : "nl");
        nl.patroon.shell.support.RunFlags.debug(parsed.debug());
        return words;
    }

    private static InputProvider once(List<String> words) {
        boolean[] given = {false};
        return () -> {
            if (given[0]) {
                return null;
            }
            given[0] = true;
            return new Input() {
                @Override
                public String rawText() {
                    return String.join(" ", words);
                }

                @Override
                public List<String> words() {
                    return words;
                }
            };
        };
    }
}
