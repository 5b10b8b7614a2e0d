package nl.patroon.indexer.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives the embedded parts (an e-mail's attachments) a {@link Source} splits off while it reads an item, as Tika
 * hands embedded documents to its {@code EmbeddedDocumentExtractor}: named, as streams, in order.
 */
@FunctionalInterface
public interface PartSink {
    /** One part; {@code bytes} is valid only during the call. A failure here is the sink's, not the item's. */
    void part(String name, InputStream bytes) throws IOException;
}
