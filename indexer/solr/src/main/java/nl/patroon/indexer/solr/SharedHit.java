package nl.patroon.indexer.solr;

import java.time.Instant;
import java.util.Optional;

/**
 * A passage found in the shared collection: which case, where in it (evidence id and locator, the SHA-256 of the
 * original), who wrote it and when, and a fragment with the matched words between « and ».
 */
public record SharedHit(String parketnummer, String passageId, String evidenceId, String sha256, String author,
                        String partyId, Optional<Instant> time, String fragment) {
}
