package nl.patroon.indexer.source;

/**
 * A reader of one evidence format that splits it into passages: the one narrow interface every format
 * implements (WhatsApp export, SMS backup, e-mail, report PDF, …), like Tika's {@code Parser}.
 * Implementations are found through {@link java.util.ServiceLoader} (see {@link SourceRegistry}), so adding
 * a format touches nothing else. Implementations must be stateless and thread-safe.
 */
public interface Source {

    /** Short name used in reports and explanations, e.g. {@code whatsapp}. */
    String name();

    /**
     * Order among sources: lower runs first. Specific formats (chat exports) come before the generic
     * document reader, which accepts almost anything and so comes last.
     */
    default int priority() {
        return 100;
    }

    /** Whether this source reads the item. Must be cheap: look at the media type, the name, the head. */
    boolean accepts(SourceInput input);

    /** Reads the item. May throw on unexpected trouble; the caller turns that into a failed outcome. */
    SourceResult read(SourceInput input, SourceContext context) throws Exception;

    /**
     * Whether {@link #readWithParts} splits this item's embedded parts off in the same parse as its read. Sources of
     * formats whose parser must hold the whole item in memory anyway (an Outlook message in POI) say so, and the
     * ingest then splits the item where it reads it, in a worker process, instead of parsing it twice.
     */
    default boolean splitsParts(SourceInput input) {
        return false;
    }

    /**
     * Reads the item as {@link #read} does and, from the same parse, hands each named embedded part to {@code parts};
     * only called when {@link #splitsParts} says so. An item that cannot be read is a result, as for {@link #read};
     * an exception thrown by {@code parts} must not be taken for the item's fault (the caller notices it itself).
     */
    default SourceResult readWithParts(SourceInput input, SourceContext context, PartSink parts) throws Exception {
        throw new UnsupportedOperationException(name() + " splitst geen bijlagen af");
    }
}
