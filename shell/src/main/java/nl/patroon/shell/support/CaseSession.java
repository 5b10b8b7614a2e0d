package nl.patroon.shell.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.casefile.CaseWorkspace;
import org.springframework.stereotype.Component;

/**
 * Which case the shell works on: the one named with {@code --case}, else the last one used (remembered in
 * {@code ~/.patroon/last-case}, so that {@code patroon} without arguments opens the shell on it).
 */
@Component
public class CaseSession {
    private final Clock clock = Clock.systemUTC();
    private final Path memory = Path.of(System.getProperty("user.home"), ".patroon", "last-case");

    public Clock clock() {
        return clock;
    }

    public String user() {
        return System.getProperty("user.name");
    }

    /** Resolves the case folder: the one given, else the last one used. */
    public Path resolve(String caseOption) {
        if (caseOption != null && !caseOption.isBlank()) {
            return Path.of(caseOption).toAbsolutePath().normalize();
        }
        return lastCase().orElseThrow(() -> new CaseStorageException(
                "Geen zaak opgegeven. Gebruik --case <map> (of --zaak <map>).", null));
    }

    /** Opens the case and, once it opened, remembers it as the last one used. */
    public CaseWorkspace open(String caseOption) {
        Path dir = resolve(caseOption);
        CaseWorkspace ws = CaseWorkspace.open(dir, clock, user());
        remember(dir);
        return ws;
    }

    public void remember(Path dir) {
        try {
            Files.createDirectories(memory.getParent());
            Files.writeString(memory, dir.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Remembering is a convenience; a read-only home must not stop the command.
        }
    }

    public java.util.Optional<Path> lastCase() {
        try {
            return Files.isRegularFile(memory)
                    ? java.util.Optional.of(Path.of(Files.readString(memory, StandardCharsets.UTF_8).strip()))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
