package nl.patroon.indexer.solr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import nl.patroon.core.order.Order;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.search.IndexedPassage;
import nl.patroon.indexer.index.PassageIndexWriter;
import org.apache.solr.common.SolrInputDocument;

/**
 * One case's records as Solr documents. Ids are {@code <parketnummer>!<kind>:<id>}: stable, so publishing again
 * replaces instead of adding, and the part before '!' routes a case's documents to one shard.
 */
final class SolrDocuments {
    private final CasePublication publication;
    private final String runId;

    SolrDocuments(CasePublication publication, String runId) {
        this.publication = publication;
        this.runId = runId;
    }

    static String id(String parketnummer, String kind, String localId) {
        return parketnummer + "!" + kind + ":" + localId;
    }

    private SolrInputDocument base(String kind, String localId) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", id(publication.parketnummer(), kind, localId));
        d.setField("doc_type", kind);
        d.setField("case_id", publication.parketnummer());
        d.setField("access", publication.label().value());
        d.setField("publish_run", runId);
        return d;
    }

    SolrInputDocument party(CasePublication.PublishedParty p) {
        SolrInputDocument d = base("party", p.partyId());
        d.setField("party_id", p.partyId());
        d.setField("role", p.role());
        d.setField("person_name", p.name());
        p.birthDate().ifPresent(b -> d.setField("birth_date", b.toString()));
        for (String key : PersonKeys.of(p.name(), p.aliases(), p.birthDate())) {
            d.addField("person_keys", key);
            if (key.startsWith("tel:")) {
                d.addField("phone", key.substring(4));
            } else if (key.startsWith("mail:")) {
                d.addField("email", key.substring(5));
            }
        }
        return d;
    }

    SolrInputDocument passage(IndexedPassage pp) {
        Passage p = pp.passage();
        SolrInputDocument d = base("passage", p.id());
        d.setField("passage_id", p.id());
        d.setField("evidence_id", p.evidenceId());
        d.setField("sha256", pp.sha256());
        d.setField("locator", p.locator().code());
        d.setField("line", p.locator().line());
        if (p.author() != null) {
            d.setField("author", p.author());
        }
        if (p.partyId() != null) {
            d.setField("party_id", p.partyId());
        }
        if (p.time() != null) {
            d.setField("time", Date.from(p.time().start().toInstant()));
            d.setField("time_end", Date.from(p.time().end().toInstant()));
            d.setField("zone", p.time().start().getZone().getId());
            d.setField("precision", p.time().precision().name());
        }
        if (p.language() != null) {
            d.setField("lang", p.language());
        }
        d.setField("system", p.system());
        if (p.speaker() != null) {
            d.setField("speaker", p.speaker());
        }
        pp.categories().stream().map(Enum::name).sorted().forEach(c -> d.addField("category", c));
        d.setField("order_evidence", PassageIndexWriter.evidenceNumber(p.evidenceId()));
        d.setField("order_position", PassageIndexWriter.position(p.locator()));
        d.setField("text", p.text());
        return d;
    }

    SolrInputDocument incident(CasePublication.PublishedIncident i) {
        SolrInputDocument d = base("incident", i.incidentId());
        d.setField("date", day(i.date()));
        i.until().ifPresent(u -> d.setField("date_until", day(u)));
        i.categories().stream().sorted().forEach(c -> d.addField("categories", c));
        i.redFlags().stream().sorted().forEach(f -> d.addField("red_flags", f));
        d.setField("description", i.description());
        i.partyIds().forEach(pid -> d.addField("party_ids", pid));
        return d;
    }

    SolrInputDocument order(Order o) {
        SolrInputDocument d = base("order", o.id());
        d.setField("order_kind", o.kind().code());
        d.setField("date", day(o.from()));
        o.to().ifPresent(t -> d.setField("date_until", day(t)));
        d.addField("party_ids", o.against());
        o.protects().forEach(pid -> d.addField("party_ids", pid));
        d.setField("description", o.note());
        o.sourceEvidenceId().ifPresent(e -> d.setField("evidence_id", e));
        return d;
    }

    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
