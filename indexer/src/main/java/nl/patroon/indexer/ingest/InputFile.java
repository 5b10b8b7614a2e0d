package nl.patroon.indexer.ingest;

import java.nio.file.Path;

/**
 * A file found while walking the inputs.
 *
 * @param path    where it is on disk
 * @param display the path as reported: as given by the user, for archive members {@code archive.zip!/member}
 * @param problem why it cannot be read at all (missing, a symbolic link, …), or null
 */
record InputFile(Path path, String display, long size, InputProblem problem) {
}
