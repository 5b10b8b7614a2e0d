package nl.patroon.indexer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax over passages. A quoted phrase matches the words as written, in that order
 * ({@code "ik maak je af"} and nothing looser); a bare word matches every word with the same Dutch stem
 * ({@code bedreigen} finds "bedreigde", "bedreiging"); wildcards and fuzzy terms ({@code bedreig*}) match words as
 * written. See {@link PassageAnalysis} for how one field answers both.
 *
 * <p>{@code datum:} (or {@code date:}) keeps passages of a period, by when they happened in Dutch time
 * (Europe/Amsterdam): a year {@code datum:2022}, a month {@code datum:2022-03}, a day {@code datum:2022-03-15} (also
 * {@code datum:15-03-2022}), or a range of those, both ends included: {@code datum:[2022-01 TO 2022-03]},
 * {@code datum:[2022-06-01 TO *]}. Undated passages are never in a period.
 *
 * <p>For an index written before 2026-12-02 ({@code legacy}), bare words search its stemmed {@code text} field and
 * phrases its unstemmed {@code exact} field, as they did then.
 */
final class CaseQueryParser extends QueryParser {
    /** Bare words: their marked stems, as {@link PassageAnalysis} stacks them (stop words dropped). */
    private static final Analyzer STEMS = PassageAnalysis.stemQueryAnalyzer();
    private static final Analyzer EXACT = PassageSchema.exactAnalyzer();
    /** Analyzers are thread-safe and reuse their token streams: made once, not per query. */
    private static final Analyzer CURRENT = PassageSchema.analyzer();
    private static final Analyzer LEGACY = PassageSchema.legacyAnalyzer();
    private final boolean legacy;

    CaseQueryParser(boolean legacy) {
        super(PassageSchema.TEXT, legacy ? LEGACY : CURRENT);
        this.legacy = legacy;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(true); // *dreig: slower than a prefix, but what a person means
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (Period.FIELDS.contains(field)) {
            Period p = Period.parse(queryText);
            return Period.query(p.from(), p.until());
        }
        if (!PassageSchema.TEXT.equals(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        if (legacy) {
            return super.getFieldQuery(quoted ? PassageSchema.LEGACY_EXACT : field, queryText, quoted);
        }
        if (quoted) {
            return newFieldQuery(EXACT, field, queryText, true);
        }
        return newFieldQuery(STEMS, field, queryText, false);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        if (!Period.FIELDS.contains(field)) {
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
        boolean openStart = part1 == null || part1.equals("*");
        boolean openEnd = part2 == null || part2.equals("*");
        Long from = openStart ? null : startInclusive ? Period.parse(part1).from() : Period.parse(part1).until();
        Long until = openEnd ? null : endInclusive ? Period.parse(part2).until() : Period.parse(part2).from();
        return Period.query(from, until);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (legacy && PassageSchema.TEXT.equals(field)) {
            return super.getFieldQuery(PassageSchema.LEGACY_EXACT, queryText, slop);
        }
        return super.getFieldQuery(field, queryText, slop); // quoted, so as written (above), with the slop applied
    }
}
