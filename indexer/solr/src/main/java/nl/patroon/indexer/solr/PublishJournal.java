package nl.patroon.indexer.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where an interrupted publish resumes: the run, a fingerprint of what it was sending, and how many documents the
 * collection has acknowledged. Kept as a small JSON file in the case workspace, replaced atomically after each
 * acknowledged batch; removed when the run is complete.
 */
public final class PublishJournal {
    /** One open run. {@code sent} documents of the publication, in its order, are acknowledged by Solr. */
    public record Progress(String runId, String fingerprint, long sent) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public PublishJournal(Path file) {
        this.file = file;
    }

    public Optional<Progress> open() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), Progress.class));
    }

    public void save(Progress progress) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(progress));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void finish() throws IOException {
        Files.deleteIfExists(file);
    }
}
