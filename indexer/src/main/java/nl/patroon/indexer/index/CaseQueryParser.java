package nl.patroon.indexer.index;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over passages, with one twist: a quoted phrase searches the unstemmed
 * {@code exact} field, so {@code "ik maak je af"} finds those words in that order and nothing looser. Bare
 * words and wildcards ({@code bedreig*}) search the Dutch-stemmed {@code text} field.
 */
final class CaseQueryParser extends QueryParser {

    CaseQueryParser() {
        super(PassageSchema.TEXT, PassageSchema.analyzer());
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (quoted && PassageSchema.TEXT.equals(field)) {
            return super.getFieldQuery(PassageSchema.EXACT, queryText, true);
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (PassageSchema.TEXT.equals(field)) {
            return super.getFieldQuery(PassageSchema.EXACT, queryText, slop);
        }
        return super.getFieldQuery(field, queryText, slop);
    }
}
