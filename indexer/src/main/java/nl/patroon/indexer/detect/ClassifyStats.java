package nl.patroon.indexer.detect;

/**
 * What one {@link Classifier#run} did.
 *
 * @param lines      non-blank input lines read
 * @param classified lines answered with a result line
 * @param errors     lines rejected (reported on the error stream, no result line)
 * @param labelled   result lines with at least one label
 */
public record ClassifyStats(long lines, long classified, long errors, long labelled) {

    /** The closing line both classify entry points print on the error stream. */
    public String summaryNl() {
        return lines + " regels gelezen, " + classified + " geclassificeerd, " + errors + " fout, " + labelled
                + " met label";
    }
}
