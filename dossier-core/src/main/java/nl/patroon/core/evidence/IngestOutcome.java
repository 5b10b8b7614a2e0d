package nl.patroon.core.evidence;

import java.util.Objects;

/**
 * What happened to one input file. Errors are values here: an outcome is written for every file,
 * whatever went wrong.
 *
 * @param path     the path as given (archive members: {@code archive.zip!/member})
 * @param sha256   hash of the bytes, or null when the file could not even be read
 * @param evidence the evidence id it became (for duplicates: the evidence it duplicates)
 * @param passages number of passages indexed from it
 */
public record IngestOutcome(String path, String sha256, IngestState state, String reason, String evidence,
                            int passages) {
    public IngestOutcome {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(state, "state");
        if ((state == IngestState.FAILED || state == IngestState.SKIPPED || state == IngestState.DUPLICATE)
                && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(state + " needs a reason: " + path);
        }
    }
}
