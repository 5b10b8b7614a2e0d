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
}
