package nl.patroon.core.port;

import java.util.Optional;

/** Case-wide single values kept beside the aggregates (the audit log's anchored head, the schema version). */
public interface CaseMeta {
    Optional<String> meta(String key);

    void putMeta(String key, String value);

    void removeMeta(String key);
}
