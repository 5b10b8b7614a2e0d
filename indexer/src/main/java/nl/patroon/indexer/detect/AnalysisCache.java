package nl.patroon.indexer.detect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the analysis of short texts. A phone export repeats itself ("ok", "ja", "waar ben je?", "😘"), and
 * the analysis is a pure function of text and language, so each distinct short text is analysed once per run.
 * Bounded: texts longer than {@link #MAX_TEXT} are never kept, and the map is emptied when it reaches its
 * capacity (cheap, no eviction bookkeeping on the hot path, and the result never depends on what is cached).
 * A capacity of 0 ({@code -Dpatroon.detect.cache=0}) turns it off, to measure without it.
 */
final class AnalysisCache {
    static final int MAX_TEXT = 200;
    static final int DEFAULT_CAPACITY = 50_000;

    private record Key(String language, String text) {
    }

    private final int capacity;
    private final Map<Key, RuleDetector.Analysis> map;

    AnalysisCache(int capacity) {
        this.capacity = capacity;
        this.map = capacity > 0 ? new ConcurrentHashMap<>(Math.min(capacity, 4096)) : null;
    }

    static AnalysisCache fromSystemProperty() {
        return new AnalysisCache(Integer.getInteger("patroon.detect.cache", DEFAULT_CAPACITY));
    }

    RuleDetector.Analysis get(String language, String text, Supplier<RuleDetector.Analysis> compute) {
        if (map == null || text.length() > MAX_TEXT) {
            return compute.get();
        }
        Key key = new Key(language, text);
        RuleDetector.Analysis known = map.get(key);
        if (known != null) {
            return known;
        }
        RuleDetector.Analysis fresh = compute.get();
        if (map.size() >= capacity) {
            map.clear();
        }
        map.put(key, fresh);
        return fresh;
    }
}
