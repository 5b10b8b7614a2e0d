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
        } catch (RuntimeException e) {
            // Spring Shell has already printed the parse error; a stack trace would only hide it.
            exit = 2;
        }
        System.exit(exit);
    }

}
