package nl.patroon.indexer.detect;

import java.util.List;

/**
 * Finds behaviour in one passage's text. Detectors suggest; people decide. Implementations must be
 * thread-safe and deterministic (same text, same detections, same order).
 */
public interface Detector {

    /**
     * @param text     the passage text
     * @param language ISO 639-1 code ({@code nl}, {@code en}) or null when unknown
     */
    List<Detection> detect(String text, String language);
}
