package nl.patroon.indexer.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * The prior-history view for the first hearing: every published case, report, order and incident that concerns
 * the same person, by date, with red flags.
 *
 * <p>How a person is matched, and how sure it is: a phone number (E.164) or e-mail address matches exactly; a name
 * matches every word of it within a small edit distance (1 for words of 4 to 7 letters, 2 from 8, none below 4),
 * accents and case ignored, and when a date of birth is given it must be equal. A name-only match is reported as
 * {@code fuzzy}, so a person is never presented as the same on a similar name alone.
 */
public final class LinkedPersons {
    /** How a party was matched. */
    public enum Match { EXACT_PHONE, EXACT_EMAIL, NAME_AND_BIRTH_DATE, FUZZY_NAME }

    /** One fact from another case: an incident or an order, by date. */
    public record Fact(String kind, LocalDate date, Optional<LocalDate> until, List<String> categories,
                       List<String> redFlags, String description) {
    }

    /** One earlier case in which the person appears. */
    public record LinkedCase(String parketnummer, String label, String partyId, String role, String name,
                             Match match, long passages, Optional<Instant> firstPassage, Optional<Instant> lastPassage,
                             List<Fact> facts) {
        /** The earliest known date of the case's facts or passages, for ordering. */
        Instant earliest() {
            Instant facts0 = facts.stream().map(f -> f.date().atStartOfDay().toInstant(ZoneOffset.UTC))
                    .min(Comparator.naturalOrder()).orElse(Instant.MAX);
            Instant p = firstPassage.orElse(Instant.MAX);
            return facts0.isBefore(p) ? facts0 : p;
        }
    }

    private final SolrPassageSearch search;

    public LinkedPersons(SolrPassageSearch search) {
        this.search = search;
    }

    /**
     * The cases, among those of the given labels, that concern the person named by {@code identifier} (a phone
     * number, an e-mail address or a name), oldest first. {@code birthDate} narrows a name.
     */
    public List<LinkedCase> lookup(String identifier, Optional<LocalDate> birthDate, Collection<AccessLabel> labels)
            throws IOException, SolrServerException {
        List<String> keys = PersonKeys.ofIdentifier(identifier);
        Optional<String> exactKey = keys.stream().filter(k -> k.startsWith("tel:") || k.startsWith("mail:"))
                .findFirst();
        List<LinkedCase> out = new ArrayList<>();
        for (AccessLabel label : labels) {
            SolrQuery parties;
            Match match;
            if (exactKey.isPresent()) {
                parties = new SolrQuery("person_keys:" + ClientUtils.escapeQueryChars(exactKey.get()));
                match = exactKey.get().startsWith("tel:") ? Match.EXACT_PHONE : Match.EXACT_EMAIL;
            } else {
                parties = new SolrQuery(fuzzyName(identifier));
                match = birthDate.isPresent() ? Match.NAME_AND_BIRTH_DATE : Match.FUZZY_NAME;
                birthDate.ifPresent(b -> parties.addFilterQuery("birth_date:" + b));
            }
            parties.addFilterQuery("doc_type:party");
            parties.setRows(1_000);
            parties.setSort("case_id", SolrQuery.ORDER.asc);
            parties.addSort("party_id", SolrQuery.ORDER.asc);
            for (SolrDocument party : search.query(label, parties).getResults()) {
                out.add(linkedCase(label, party, match));
            }
        }
        out.sort(Comparator.comparing(LinkedCase::earliest).thenComparing(LinkedCase::parketnummer));
        return out;
    }

    private LinkedCase linkedCase(AccessLabel label, SolrDocument party, Match match)
            throws IOException, SolrServerException {
        String caseId = (String) party.getFieldValue("case_id");
        String partyId = (String) party.getFieldValue("party_id");
        String inCase = "case_id:" + ClientUtils.escapeQueryChars(caseId);

        SolrQuery facts = new SolrQuery("*:*");
        facts.addFilterQuery(inCase);
        // Incidents of the case (all concern its suspect unless parties are named) and the orders naming the person.
        facts.addFilterQuery("(doc_type:incident AND (party_ids:" + ClientUtils.escapeQueryChars(partyId)
                + " OR (*:* -party_ids:[* TO *]))) OR (doc_type:order AND party_ids:"
                + ClientUtils.escapeQueryChars(partyId) + ")");
        facts.setRows(10_000);
        facts.setSort("date", SolrQuery.ORDER.asc);
        facts.addSort("id", SolrQuery.ORDER.asc);
        List<Fact> found = new ArrayList<>();
        for (SolrDocument d : search.query(label, facts).getResults()) {
            found.add(new Fact((String) d.getFieldValue("doc_type"), day(d.getFieldValue("date")).orElseThrow(),
                    day(d.getFieldValue("date_until")), strings(d.getFieldValues("categories")),
                    strings(d.getFieldValues("red_flags")), orEmpty(d.getFieldValue("description"))
                            + orderKind(d)));
        }

        SolrQuery passages = new SolrQuery("*:*");
        passages.addFilterQuery(inCase, "doc_type:passage", "party_id:" + ClientUtils.escapeQueryChars(partyId));
        passages.setRows(1);
        passages.setSort("time", SolrQuery.ORDER.asc);
        SolrDocumentList first = search.query(label, passages).getResults();
        Optional<Instant> firstTime = first.isEmpty() ? Optional.empty()
                : SolrPassageSearch.instant(first.get(0).getFieldValue("time"));
        passages.setSort("time", SolrQuery.ORDER.desc);
        SolrDocumentList last = search.query(label, passages).getResults();
        Optional<Instant> lastTime = last.isEmpty() ? Optional.empty()
                : SolrPassageSearch.instant(last.get(0).getFieldValue("time"));
        return new LinkedCase(caseId, label.value(), partyId, (String) party.getFieldValue("role"),
                (String) party.getFieldValue("person_name"), match, first.getNumFound(), firstTime, lastTime, found);
    }

    /** Every word of the name, within its edit distance (see the class comment). */
    static String fuzzyName(String name) {
        StringBuilder q = new StringBuilder();
        for (String word : PersonKeys.ofIdentifier(name).stream().filter(k -> k.startsWith("name:"))
                .findFirst().orElse("name:" + name).substring(5).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int distance = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
            q.append(q.length() == 0 ? "" : " AND ").append("person_name:")
                    .append(ClientUtils.escapeQueryChars(word)).append(distance > 0 ? "~" + distance : "");
        }
        return q.toString();
    }

    private static String orderKind(SolrDocument d) {
        Object kind = d.getFieldValue("order_kind");
        return kind == null ? "" : (d.getFieldValue("description") == null ? "" : " — ") + kind;
    }

    private static Optional<LocalDate> day(Object value) {
        return Optional.ofNullable((Date) value).map(date -> LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
    }

    private static List<String> strings(Collection<Object> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).sorted().toList();
    }

    private static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }
}
