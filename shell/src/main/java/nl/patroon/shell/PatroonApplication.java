package nl.patroon.shell;

import nl.patroon.shell.support.Messages;
import nl.patroon.shell.support.RunFlags;
import nl.patroon.shell.support.UserErrors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With arguments, runs one command and exits (its exit code tells whether it succeeded); without,
 * opens the interactive shell on this terminal's case. {@code --lang en} and {@code --debug} apply to either.
 */
@SpringBootApplication
public class PatroonApplication {
    public static void main(String[] args) {
        CommandLine.Parsed parsed = CommandLine.parse(args);
        if (parsed.language() != null) {
            Messages.use(parsed.language());
        }
        RunFlags.debug(parsed.debug());
        SpringApplication app = new SpringApplication(PatroonApplication.class);
        app.setLogStartupInfo(false);
        int exit;
        try {
            exit = SpringApplication.exit(app.run(parsed.args()));
        } catch (RuntimeException | Error e) {
            exit = exitCode(e);
        }
        System.exit(exit);
    }

    /**
     * The exit code of a command that ended in an exception. Its message has already been printed (by
     * {@link UserErrors} or the unknown-command handler); a stack trace would only hide it.
     */
    static int exitCode(Throwable e) {
        String stopped = UnexpectedStop.message(e);
        if (stopped != null) {
            System.err.println(stopped);
            return UnexpectedStop.EXIT;
        }
        // A command that ends with its own exit code (ingest: 3 = some files failed) arrives as an exception
        // that carries it.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.boot.ExitCodeGenerator g && g.getExitCode() != 0) {
                return g.getExitCode();
            }
            if (t instanceof org.springframework.shell.ExitRequest r) {
                return r.status();
            }
        }
        return UserErrors.USER_ERROR;
    }
}
