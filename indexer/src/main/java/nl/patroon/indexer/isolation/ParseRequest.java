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
 * @param partsDir  null, or for an item whose source {@link nl.patroon.indexer.source.Source#splitsParts splits its
 *                  parts} (an Outlook message): the empty folder the worker writes them into, from the same parse as
 *                  its text ({@link #withParts})
 */
public record ParseRequest(String file, Evidence evidence, String mediaType, String source, String zone,
                           boolean ocr, java.util.List<String> passwords, String partsDir) {
    /**
     * In the folder of a request {@link #withParts}: the attachments' names, in order, as a JSON array; the attachments
     * themselves are the files {@code 1}, {@code 2}, ….
     */
    public static final String PART_NAMES = "namen.json";

    public ParseRequest {
        passwords = passwords == null ? java.util.List.of() : java.util.List.copyOf(passwords);
    }

    public ParseRequest(String file, Evidence evidence, String mediaType, String source, String zone, boolean ocr,
                        java.util.List<String> passwords) {
        this(file, evidence, mediaType, source, zone, ocr, passwords, null);
    }

    /** This read, which also writes the message's attachments into {@code dir} ({@link ParseWorker}). */
    public ParseRequest withParts(String dir) {
        return new ParseRequest(file, evidence, mediaType, source, zone, ocr, passwords, dir);
    }

    @Override
    public String toString() {
        return "ParseRequest[" + file + ", " + source + ", passwords=" + passwords.size() + " (verborgen)]";
    }
}
