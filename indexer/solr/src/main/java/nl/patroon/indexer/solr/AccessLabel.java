package nl.patroon.indexer.solr;

import java.util.regex.Pattern;

/**
 * Who may read a published case: every document carries one label, and a user reads a label's documents only
 * through that label's search handler ({@code /zoek/<label>}), which the authorisation plugin opens to the label's
 * role alone and which appends the label filter to every query (see {@link SharedCollection#grantLabel}).
 */
public record AccessLabel(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public AccessLabel {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Een toegangslabel bestaat uit kleine letters, cijfers en '-' (zoals"
                    + " 'oost-brabant-zeden'), niet: " + value);
        }
    }

    /** The request handler through which this label's documents are read. */
    public String handlerPath() {
        return "/zoek/" + value;
    }

    /** The role that the rule-based authorisation plugin requires for {@link #handlerPath()}. */
    public String role() {
        return "label-" + value;
    }

    /** The filter query every request through the handler gets appended. */
    String filter() {
        return "access:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
