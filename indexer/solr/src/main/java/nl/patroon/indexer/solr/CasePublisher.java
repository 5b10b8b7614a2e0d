package nl.patroon.indexer.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;

/**
 * Pushes one case to the shared collection. Publishing again replaces (stable ids) and then removes what the case
 * no longer holds (documents of the case from another run); an interrupted publish resumes after the last batch
 * Solr acknowledged, provided the case has not changed since (same fingerprint), else it starts over.
 */
public final class CasePublisher {
    /** The outcome: documents per kind, and where a resumed run picked up. */
    public record Result(String runId, long parties, long passages, long incidents, long orders, long resumedAfter) {
        public long documents() {
            return parties + passages + incidents + orders;
        }
    }

    static final int BATCH = 1_000;
    private final SolrClient client;
    private final SolrCredentials publisher;
    private final String collection;

    public CasePublisher(SolrClient client, SolrCredentials publisher, String collection) {
        this.client = client;
        this.publisher = publisher;
        this.collection = collection;
    }

    public Result publish(CasePublication publication, PublishJournal journal) throws IOException, SolrServerException {
        return publish(publication, journal, sent -> { });
    }

    /** As {@link #publish(CasePublication, PublishJournal)}, telling {@code progress} each acknowledged total. */
    public Result publish(CasePublication publication, PublishJournal journal, Consumer<Long> progress)
            throws IOException, SolrServerException {
        String fingerprint = fingerprint(publication);
        Optional<PublishJournal.Progress> open = journal.open().filter(p -> p.fingerprint().equals(fingerprint));
        String runId = fingerprint.substring(0, 16);
        long skip = open.map(PublishJournal.Progress::sent).orElse(0L);
        journal.save(new PublishJournal.Progress(runId, fingerprint, skip));

        long[] perKind = new long[4];
        long position = 0;
        List<SolrInputDocument> batch = new ArrayList<>(BATCH);
        Iterator<Kinded> docs = documents(publication, runId);
        while (docs.hasNext()) {
            Kinded next = docs.next();
            perKind[next.kind]++;
            if (position++ < skip) {
                continue; // acknowledged by the interrupted run
            }
            batch.add(next.doc);
            if (batch.size() == BATCH) {
                send(batch);
                journal.save(new PublishJournal.Progress(runId, fingerprint, position));
                progress.accept(position);
            }
        }
        // The last batch, then what the case no longer holds (its documents of any other run), then one commit:
        // a single request, so a publish costs one commit however it ends.
        UpdateRequest last = new UpdateRequest();
        if (!batch.isEmpty()) {
            last.add(batch);
        }
        last.deleteByQuery("case_id:" + ClientUtils.escapeQueryChars(publication.parketnummer())
                + " AND -publish_run:" + ClientUtils.escapeQueryChars(runId));
        last.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        publisher.on(last).process(client, collection);
        journal.finish();
        progress.accept(position);
        return new Result(runId, perKind[0], perKind[1], perKind[2], perKind[3], skip);
    }

    private void send(List<SolrInputDocument> batch) throws IOException, SolrServerException {
        if (batch.isEmpty()) {
            return;
        }
        UpdateRequest update = new UpdateRequest();
        update.add(batch);
        publisher.on(update).process(client, collection);
        batch.clear();
    }

    private record Kinded(int kind, SolrInputDocument doc) {
    }

    /** Every document of the publication, in a fixed order: parties, incidents, orders, passages. */
    private static Iterator<Kinded> documents(CasePublication pub, String runId) {
        SolrDocuments docs = new SolrDocuments(pub, runId);
        PublishPolicy policy = pub.policy();
        List<Kinded> small = new ArrayList<>();
        if (policy.parties()) {
            pub.parties().forEach(p -> small.add(new Kinded(0, docs.party(p))));
        }
        if (policy.incidents()) {
            pub.incidents().forEach(i -> small.add(new Kinded(2, docs.incident(i))));
        }
        if (policy.orders()) {
            pub.orders().forEach(o -> small.add(new Kinded(3, docs.order(o))));
        }
        Iterator<Kinded> head = small.iterator();
        Iterator<nl.patroon.core.search.IndexedPassage> passages = policy.passages() ? pub.passages().iterator()
                : java.util.Collections.emptyIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return head.hasNext() || passages.hasNext();
            }

            @Override
            public Kinded next() {
                return head.hasNext() ? head.next() : new Kinded(1, docs.passage(passages.next()));
            }
        };
    }

    /** SHA-256 over every document's id and field values (run id left out), in publication order. */
    static String fingerprint(CasePublication pub) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update((pub.parketnummer() + '\0' + pub.label() + '\0' + pub.policy()).getBytes(StandardCharsets.UTF_8));
        Iterator<Kinded> docs = documents(pub, "");
        StringBuilder sb = new StringBuilder(512);
        while (docs.hasNext()) {
            SolrInputDocument d = docs.next().doc;
            sb.setLength(0);
            for (String field : new TreeSet<>(d.getFieldNames())) {
                sb.append(field).append('=').append(d.getFieldValues(field)).append('\u001f');
            }
            sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
