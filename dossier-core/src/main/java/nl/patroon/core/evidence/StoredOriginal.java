package nl.patroon.core.evidence;

import java.nio.file.Path;

/**
 * An original as it sits in the evidence store.
 *
 * @param file       {@code evidence/<sha256>}, read-only
 * @param newlyAdded false when bit-identical bytes were already stored
 */
public record StoredOriginal(String sha256, long size, Path file, boolean newlyAdded) {
}
