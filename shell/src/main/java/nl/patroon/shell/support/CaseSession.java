package nl.patroon.shell.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.patroon.app.Settings;
import nl.patroon.core.casefile.CaseStorageException;
import org.springframework.stereotype.Component;

/**
 * Which case the shell works on: the one named with {@code --case}, else the last one used (remembered in
 * {@code ~/.patroon/last-case}, so that {@code patroon} without arguments opens the shell on it).
 */
@Component
public class CaseSession {
    private final Path memory;

    public CaseSession(Settings settings) {
        this.memory = settings.lastCaseFile();
    }

    /** Resolves the case folder: the one given, else the last one used. */
    public Path resolve(String caseOption) {
        if (caseOption != null && !caseOption.isBlank()) {
            return Path.of(caseOption).toAbsolutePath().normalize();
        }
        return lastCase().orElseThrow(() -> new CaseStorageException(
                "Geen zaak opgegeven. Gebruik --case <map> (of --zaak <map>).", null));
    }

    /** The case folder, remembered as the last one used once it holds a case. */
    public Path use(String caseOption) {
        Path dir = resolve(caseOption);
        if (Files.isRegularFile(dir.resolve("case.json"))) {
            remember(dir);
        }
        return dir;
    }

    public void remember(Path dir) {
        try {
            Files.createDirectories(memory.getParent());
            Files.writeString(memory, dir.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Remembering is a convenience; a read-only home must not stop the command.
        }
    }

    public Optional<Path> lastCase() {
        try {
            return Files.isRegularFile(memory)
                    ? Optional.of(Path.of(Files.readString(memory, StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
