package nl.patroon.shell.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.patroon.app.Settings;
import nl.patroon.core.casefile.CaseStorageException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which case the shell works on. The one named with {@code --case}; else the one this shell session worked on
 * last; else {@code PATROON_CASE} from the environment; else the one this terminal worked on last.
 *
 * <p>Why not one global "last case" file: a second terminal then silently switched the first one's case. The
 * interactive shell keeps its case in memory (one shell, one case until told otherwise). The {@code patroon}
 * script, a new process per command, remembers it per terminal: the launcher passes the terminal's name (its
 * controlling tty, else its parent shell's process id) as {@code -Dpatroon.session}, and the case is kept in
 * {@code ~/.patroon/sessions/<that name>}. Without a session name (Patroon run as a bare jar) nothing is
 * remembered between commands; {@code PATROON_CASE} pins a case for a script or a whole terminal explicitly.
 */
@Component
public class CaseSession {
    private final Path memory;
    private final String fromEnvironment;
    private Path current;

    @Autowired
    public CaseSession(Settings settings) {
        this(sessionFile(settings.lastCaseFile().resolveSibling("sessions"), System.getProperty("patroon.session")),
                System.getenv("PATROON_CASE"));
    }

    /** @param memory where this terminal's case is kept, or null to keep it in this process only */
    public CaseSession(Path memory, String fromEnvironment) {
        this.memory = memory;
        this.fromEnvironment = fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    /** The file for a session name; null without one. Only letters, digits and '-' from the name are kept. */
    static Path sessionFile(Path folder, String session) {
        if (session == null || session.isBlank()) {
            return null;
        }
        return folder.resolve(session.strip().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+", ""));
    }

    /** Resolves the case folder: the one given, else this session's. */
    public Path resolve(String caseOption) {
        if (caseOption != null && !caseOption.isBlank()) {
            return Path.of(caseOption).toAbsolutePath().normalize();
        }
        return lastCase().orElseThrow(() -> new CaseStorageException(Messages.get("case.none"), null));
    }

    /** The case folder, remembered as this session's once it holds a case. */
    public Path use(String caseOption) {
        Path dir = resolve(caseOption);
        if (isCase(dir)) {
            remember(dir);
        }
        return dir;
    }

    public synchronized void remember(Path dir) {
        current = dir;
        if (memory == null) {
            return;
        }
        try {
            Files.createDirectories(memory.getParent());
            Files.writeString(memory, dir.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Remembering is a convenience; a read-only home must not stop the command.
        }
    }

    public synchronized Optional<Path> lastCase() {
        if (current != null) {
            return Optional.of(current);
        }
        if (fromEnvironment != null) {
            return Optional.of(Path.of(fromEnvironment).toAbsolutePath().normalize());
        }
        try {
            return memory != null && Files.isRegularFile(memory)
                    ? Optional.of(Path.of(Files.readString(memory, StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a folder holds a case (its {@code case.json}). */
    public static boolean isCase(Path dir) {
        return Files.isRegularFile(dir.resolve("case.json"));
    }

    /** The line that names the case an output is about, so nobody reads one case's result as another's. */
    public static String header(Path caseDir) {
        return Messages.get("case.header", caseDir.getFileName(), caseDir);
    }
}
