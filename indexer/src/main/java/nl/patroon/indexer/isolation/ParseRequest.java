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
 * @param partsDir  for {@link #ATTACHMENTS} only: the empty folder the worker writes the e-mail's attachments into
 */
public record ParseRequest(String file, Evidence evidence, String mediaType, String source, String zone,
                           boolean ocr, java.util.List<String> passwords, String partsDir) {
    /**
     * Not a source: asks the worker to split an e-mail into its attachments, written to {@code partsDir} as files
     * {@code 1}, {@code 2}, … and named in the reply's metadata under the same keys ({@link ParseWorker}).
     */
    public static final String ATTACHMENTS = "bijlagen";

    public ParseRequest {
        passwords = passwords == null ? java.util.List.of() : java.util.List.copyOf(passwords);
    }

    public ParseRequest(String file, Evidence evidence, String mediaType, String source, String zone, boolean ocr,
                        java.util.List<String> passwords) {
        this(file, evidence, mediaType, source, zone, ocr, passwords, null);
    }

    /** Splits the e-mail {@code file} into its attachments, written into {@code partsDir}. */
    public static ParseRequest attachments(String file, Evidence evidence, String mediaType, String partsDir) {
        return new ParseRequest(file, evidence, mediaType, ATTACHMENTS, "UTC", false, java.util.List.of(), partsDir);
    }

    @Override
    public String toString() {
        return "ParseRequest[" + file + ", " + source + ", passwords=" + passwords.size() + " (verborgen)]";
    }
}
