package nl.patroon.indexer.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function, up to a number of keys; thread-safe. When full it is emptied at once:
 * no eviction bookkeeping on the hot path, and what a caller gets never depends on what happens to be kept. Used
 * where inputs recur heavily (chat messages, their words), so the simple policy keeps nearly all the benefit; a
 * cache library such as Caffeine would add a dependency and per-access bookkeeping for little more.
 * A capacity of 0 or less remembers nothing.
 */
public final class BoundedMemo<K, V> {
    private final int capacity;
    private final Map<K, V> map;

    public BoundedMemo(int capacity) {
        this.capacity = capacity;
        this.map = capacity > 0 ? new ConcurrentHashMap<>(Math.min(capacity, 4096)) : null;
    }

    /** The remembered value for {@code key}, or {@code compute}'s (computed outside any lock, then kept). */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (map == null) {
            return compute.apply(key);
        }
        V known = map.get(key);
        if (known != null) {
            return known;
        }
        V fresh = compute.apply(key);
        if (map.size() >= capacity) {
            map.clear();
        }
        map.put(key, fresh);
        return fresh;
    }
}
