package nl.patroon.app;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The configuration of one run of Patroon, read once at start-up and passed down (nothing below reads system
 * properties for these).
 *
 * @param home          the installation folder ({@code -Dpatroon.home}, set by the launcher; the bundled sample case
 *                      is under it); the working folder when not set
 * @param lastCaseFile  where the last case used is remembered ({@code ~/.patroon/last-case})
 * @param user          who works: recorded in the audit log and the custody records
 * @param clock         the time of audit lines and custody records
 */
public record Settings(Path home, Path lastCaseFile, String user, Clock clock) {

    /** From the JVM's system properties, once. */
    public static Settings fromSystem() {
        String home = System.getProperty("patroon.home");
        return new Settings(home != null ? Path.of(home) : Path.of(""),
                Path.of(System.getProperty("user.home"), ".patroon", "last-case"),
                System.getProperty("user.name"), Clock.systemUTC());
    }

    /** The bundled fictional sample case. */
    public Path demoSample() {
        return home.resolve("samples").resolve("zaak-demo");
    }
}
