package nl.patroon.indexer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic query syntax over passages. A quoted phrase matches the words as written, in that order
 * ({@code "ik maak je af"} and nothing looser); a bare word matches every word with the same Dutch stem
 * ({@code bedreigen} finds "bedreigde", "bedreiging"); wildcards and fuzzy terms ({@code bedreig*}) match words as
 * written. See {@link PassageAnalysis} for how one field answers both.
 *
 * <p>For an index written before 2026-12-02 ({@code legacy}), bare words search its stemmed {@code text} field and
 * phrases its unstemmed {@code exact} field, as they did then.
 */
final class CaseQueryParser extends QueryParser {
    private final boolean legacy;
    /** The stems of the words searched for (stop words dropped): those {@link PassageAnalysis} stacks. */
    private final Analyzer stems = new DutchAnalyzer();
    private final Analyzer exact = PassageSchema.exactAnalyzer();
    /** Set while a bare word's stems are turned into terms (see {@link #newTermQuery}). */
    private boolean stemmed;

    CaseQueryParser(boolean legacy) {
        super(PassageSchema.TEXT, legacy ? PassageSchema.legacyAnalyzer() : PassageSchema.analyzer());
        this.legacy = legacy;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!PassageSchema.TEXT.equals(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        if (legacy) {
            return super.getFieldQuery(quoted ? PassageSchema.LEGACY_EXACT : field, queryText, quoted);
        }
        if (quoted) {
            return newFieldQuery(exact, field, queryText, true);
        }
        stemmed = true;
        try {
            return newFieldQuery(stems, field, queryText, false);
        } finally {
            stemmed = false;
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (legacy && PassageSchema.TEXT.equals(field)) {
            return super.getFieldQuery(PassageSchema.LEGACY_EXACT, queryText, slop);
        }
        return super.getFieldQuery(field, queryText, slop); // quoted, so as written (above), with the slop applied
    }

    /** A stem {@code s}: the marked stem, and the written word {@code s} where that word is its own stem. */
    @Override
    protected Query newTermQuery(Term term, float boost) {
        if (!stemmed || !PassageSchema.TEXT.equals(term.field())) {
            return super.newTermQuery(term, boost);
        }
        String stem = term.text();
        Term marked = new Term(term.field(), PassageAnalysis.STEM_MARK + stem);
        if (!PassageAnalysis.isOwnStem(stem)) {
            return new TermQuery(marked);
        }
        return new SynonymQuery.Builder(term.field()).addTerm(marked).addTerm(term).build();
    }
}
