package nl.patroon.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With arguments, runs one command and exits (its exit code tells whether it succeeded); without,
 * opens the interactive shell on the last case.
 */
@SpringBootApplication
public class PatroonApplication {
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PatroonApplication.class);
        app.setLogStartupInfo(false);
        int exit;
        try {
            exit = SpringApplication.exit(app.run(CommandLine.normalise(args)));
        } catch (RuntimeException | Error e) {
            exit = exitCode(e);
        }
        System.exit(exit);
    }

    private static int exitCode(Throwable e) {
        String stopped = UnexpectedStop.message(e);
        if (stopped != null) {
            System.err.println(stopped);
            return UnexpectedStop.EXIT;
        }
        // Otherwise Spring Shell has already printed the parse error; a stack trace would only hide it.
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
        return 2;
    }

}
