package nl.patroon.indexer.ingest;

/**
 * Bounds on archive expansion, so that a zip bomb, a zip quine or an archive nested a hundred deep ends as a
 * failed item instead of filling the disk or never finishing.
 *
 * @param maxDepth      how deep archives may nest (the top-level archive is depth 0)
 * @param maxMembers    members per archive
 * @param maxRatio      uncompressed bytes per compressed byte, over the whole archive
 * @param minBudget     bytes any archive may expand to regardless of ratio (small archives of text)
 */
public record ArchiveLimits(int maxDepth, int maxMembers, long maxRatio, long minBudget) {
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10, 100_000, 200, 256L << 20);

    long budgetFor(long compressedSize) {
        long byRatio = compressedSize > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : compressedSize * maxRatio;
        return Math.max(byRatio, minBudget);
    }
}
