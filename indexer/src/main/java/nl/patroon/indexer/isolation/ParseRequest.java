package nl.patroon.indexer.isolation;

import nl.patroon.core.evidence.Evidence;

/**
 * One read asked of a worker: which stored original, as which evidence, by which source.
 *
 * @param file      path of the stored original ({@code evidence/<sha256>})
 * @param source    {@link nl.patroon.indexer.source.Source#name()} chosen by the ingest (the worker does not choose again)
 * @param zone      zone id for local times in exports
 * @param passwords passwords supplied for encrypted items; they travel over the worker's pipe only, never to a
 *                  log, and {@link #toString()} hides them
 */
public record ParseRequest(String file, Evidence evidence, String mediaType, String source, String zone,
                           boolean ocr, java.util.List<String> passwords) {
    public ParseRequest {
        passwords = passwords == null ? java.util.List.of() : java.util.List.copyOf(passwords);
    }

    @Override
    public String toString() {
        return "ParseRequest[" + file + ", " + source + ", passwords=" + passwords.size() + " (verborgen)]";
    }
}
