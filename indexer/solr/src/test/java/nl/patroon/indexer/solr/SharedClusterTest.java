package nl.patroon.indexer.solr;

import static nl.patroon.indexer.solr.SolrCluster.ADMIN;
import static nl.patroon.indexer.solr.SolrCluster.COLLECTION;
import static nl.patroon.indexer.solr.SolrCluster.DETECTIVE_A;
import static nl.patroon.indexer.solr.SolrCluster.DETECTIVE_B;
import static nl.patroon.indexer.solr.SolrCluster.LABEL_A;
import static nl.patroon.indexer.solr.SolrCluster.LABEL_B;
import static nl.patroon.indexer.solr.SolrCluster.NOBODY;
import static nl.patroon.indexer.solr.SolrCluster.PUBLISHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.patroon.core.order.OrderKind;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared collection on a real two-node SolrCloud: Dutch search, cross-case person lookup, the access filter,
 * re-publishing and resuming, and reads while a node is down.
 */
@ExtendWith(SolrCluster.class)
class SharedClusterTest {
    static final String CASE_2023 = "10/111111-23";
    static final String CASE_2024 = "10/222222-24";
    static final String CASE_ZEELAND = "12/333333-25";

    @TempDir
    static Path work;

    static CloudSolrClient client() {
        return SolrCluster.cluster().getSolrClient();
    }

    static CasePublication case2023() {
        return Publications.caseOf(CASE_2023)
                .party("P-01", "verdachte", "Mark de Vries", "+31 6 12345678", "mark.dv@example.nl")
                .party("P-02", "slachtoffer", "Sanne Jansen")
                .message("P-01", "2023-03-02T21:14", "Als je weggaat maak ik je af")
                .message("P-01", "2023-03-04T08:01", "Ik heb je bedreigd omdat je niet luistert")
                .message("P-02", "2023-03-04T09:30", "Ik ben bang voor hem")
                .incident("I-0001", "2023-03-02", Set.of("THREAT_TO_KILL", "SEPARATION"),
                        Set.of("THREAT_TO_KILL"), "Doodsbedreiging per WhatsApp na aankondiging vertrek")
                .order("O-0001", OrderKind.HUISVERBOD, "P-01", "P-02", "2023-03-05", "2023-03-15")
                .build();
    }

    static CasePublication case2024() {
        return Publications.caseOf(CASE_2024)
                .party("P-01", "slachtoffer", "Lotte Bakker")
                .party("P-02", "verdachte", "Marc de Vries", "06-12345678")
                .message("P-02", "2024-06-08T20:48", "Ik weet waar je woont")
                .incident("I-0001", "2024-06-08", Set.of("STRANGULATION"), Set.of("STRANGULATION"),
                        "Verwurging in de woning")
                .build();
    }

    static CasePublication caseZeeland() {
        return Publications.caseOf(CASE_ZEELAND).label(LABEL_B)
                .party("P-01", "verdachte", "M. de Vries", "0031612345678")
                .message("P-01", "2025-01-10T10:00", "Ik maak je af als je de politie belt")
                .incident("I-0001", "2025-01-10", Set.of("THREAT_TO_KILL"), Set.of("THREAT_TO_KILL"), "Bedreiging")
                .build();
    }

    @BeforeAll
    static void publishThreeCases() throws Exception {
        CasePublisher publisher = new CasePublisher(client(), PUBLISHER, COLLECTION);
        publisher.publish(case2023(), new PublishJournal(work.resolve("a.json")));
        publisher.publish(case2024(), new PublishJournal(work.resolve("b.json")));
        publisher.publish(caseZeeland(), new PublishJournal(work.resolve("c.json")));
    }

    private static SolrPassageSearch searchAs(SolrCredentials user) {
        return new SolrPassageSearch(client(), user, COLLECTION);
    }

    @Test
    void a_bare_word_finds_every_word_of_its_dutch_stem_and_a_phrase_the_words_as_written() throws Exception {
        var search = searchAs(DETECTIVE_A);
        assertThat(search.search(LABEL_A, "bedreigd", 10)).extracting(SharedHit::passageId)
                .containsExactly("E-0001:m2"); // "bedreigd" shares its stem with "bedreigd" only here
        assertThat(search.search(LABEL_A, "\"maak ik je af\"", 10)).extracting(SharedHit::parketnummer)
                .containsExactly(CASE_2023);
        assertThat(search.search(LABEL_A, "\"ik maak je af\"", 10)).isEmpty(); // the words as written, in order
        assertThat(search.search(LABEL_A, "bang", 10).get(0).fragment()).contains("«bang»");
    }

    @Test
    void the_same_phone_number_in_any_notation_links_the_earlier_cases_oldest_first() throws Exception {
        var linked = new LinkedPersons(searchAs(DETECTIVE_A)).lookup("06 12 34 56 78", Optional.empty(),
                List.of(LABEL_A));
        assertThat(linked).extracting(LinkedPersons.LinkedCase::parketnummer).containsExactly(CASE_2023, CASE_2024);
        LinkedPersons.LinkedCase first = linked.get(0);
        assertThat(first.match()).isEqualTo(LinkedPersons.Match.EXACT_PHONE);
        assertThat(first.role()).isEqualTo("verdachte");
        assertThat(first.passages()).isEqualTo(2);
        assertThat(first.facts()).extracting(LinkedPersons.Fact::kind).containsExactly("incident", "order");
        assertThat(first.facts().get(0).redFlags()).containsExactly("THREAT_TO_KILL");
        assertThat(first.facts().get(1).description()).contains("huisverbod");
        assertThat(linked.get(1).facts().get(0).redFlags()).containsExactly("STRANGULATION");
    }

    @Test
    void a_name_matches_fuzzily_and_says_so() throws Exception {
        var linked = new LinkedPersons(searchAs(DETECTIVE_A)).lookup("Mark de Fries", Optional.empty(),
                List.of(LABEL_A));
        assertThat(linked).extracting(LinkedPersons.LinkedCase::parketnummer).containsExactly(CASE_2023, CASE_2024);
        assertThat(linked).allSatisfy(c -> assertThat(c.match()).isEqualTo(LinkedPersons.Match.FUZZY_NAME));
        assertThat(new LinkedPersons(searchAs(DETECTIVE_A)).lookup("Sanne Bakker", Optional.empty(),
                List.of(LABEL_A))).isEmpty(); // one word right is not the person
    }

    @Test
    void a_user_sees_nothing_of_a_case_whose_label_it_does_not_hold() throws Exception {
        // B's detective, asking for the same person, finds only the Zeeland case.
        assertThat(new LinkedPersons(searchAs(DETECTIVE_B)).lookup("+31612345678", Optional.empty(),
                List.of(LABEL_B))).extracting(LinkedPersons.LinkedCase::parketnummer).containsExactly(CASE_ZEELAND);
        // Through its own handler, even a query for the other label's documents finds none of them.
        SolrQuery sneaky = new SolrQuery("*:*");
        sneaky.addFilterQuery("access:" + LABEL_A.value());
        assertThat(searchAs(DETECTIVE_B).query(LABEL_B, sneaky).getResults().getNumFound()).isZero();
        assertThat(searchAs(DETECTIVE_B).query(LABEL_B, new SolrQuery("*:*")).getResults())
                .allSatisfy(d -> assertThat(d.getFieldValue("case_id")).isEqualTo(CASE_ZEELAND));
        // The other label's handler, the plain /select handler and a user without labels are refused by Solr.
        assertThatThrownBy(() -> searchAs(DETECTIVE_B).search(LABEL_A, "vries", 10))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("Geen toegang tot label 'oost-brabant'");
        assertThatThrownBy(() -> DETECTIVE_A.on(new QueryRequest(new SolrQuery("*:*"))).process(client(), COLLECTION))
                .satisfies(e -> assertThat(AccessRefusedException.isRefusal(e)).isTrue());
        assertThatThrownBy(() -> searchAs(NOBODY).search(LABEL_A, "vries", 10))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void publishing_again_replaces_and_removes_what_the_case_no_longer_holds() throws Exception {
        CasePublisher publisher = new CasePublisher(client(), PUBLISHER, COLLECTION);
        CasePublication shorter = Publications.caseOf("10/444444-24")
                .party("P-01", "verdachte", "Piet Post", "+31687654321")
                .message("P-01", "2024-01-01T10:00", "eerste bericht over de fiets")
                .message("P-01", "2024-01-01T11:00", "tweede bericht over de fiets").build();
        publisher.publish(shorter, new PublishJournal(work.resolve("d.json")));
        publisher.publish(shorter, new PublishJournal(work.resolve("d.json")));
        assertThat(count("case_id:10/444444-24 AND doc_type:passage")).isEqualTo(2);
        CasePublication oneLess = Publications.caseOf("10/444444-24")
                .party("P-01", "verdachte", "Piet Post", "+31687654321")
                .message("P-01", "2024-01-01T10:00", "eerste bericht over de fiets").build();
        publisher.publish(oneLess, new PublishJournal(work.resolve("d.json")));
        assertThat(count("case_id:10/444444-24 AND doc_type:passage")).isEqualTo(1);
    }

    @Test
    void an_interrupted_publish_resumes_after_the_last_acknowledged_batch() throws Exception {
        Publications big = Publications.caseOf("10/555555-24").party("P-01", "verdachte", "Kees Klop");
        for (int i = 0; i < 2_500; i++) {
            big.message("P-01", LocalDate.of(2024, 1, 1).plusDays(i % 300) + "T10:00", "bericht nummer " + i);
        }
        CasePublication pub = big.build();
        PublishJournal journal = new PublishJournal(work.resolve("e.json"));
        CasePublisher publisher = new CasePublisher(client(), PUBLISHER, COLLECTION);
        assertThatThrownBy(() -> publisher.publish(pub, journal, sent -> {
            if (sent >= CasePublisher.BATCH) {
                throw new IllegalStateException("stroom uitgevallen");
            }
        })).hasMessageContaining("stroom");
        assertThat(journal.open()).get().extracting(PublishJournal.Progress::sent).isEqualTo(1_000L);

        CasePublisher.Result resumed = publisher.publish(pub, journal);
        assertThat(resumed.resumedAfter()).isEqualTo(1_000);
        assertThat(resumed.passages()).isEqualTo(2_500);
        assertThat(journal.open()).isEmpty();
        assertThat(count("case_id:10/555555-24 AND doc_type:passage")).isEqualTo(2_500);
    }

    @Test
    void reads_are_answered_while_one_of_the_two_nodes_is_down() throws Exception {
        JettySolrRunner stopped = SolrCluster.cluster().stopJettySolrRunner(0);
        SolrCluster.cluster().waitForJettyToStop(stopped);
        try {
            assertThat(new LinkedPersons(searchAs(DETECTIVE_A)).lookup("mark.dv@example.nl", Optional.empty(),
                    List.of(LABEL_A))).extracting(LinkedPersons.LinkedCase::parketnummer).containsExactly(CASE_2023);
        } finally {
            SolrCluster.cluster().startJettySolrRunner(stopped);
            SolrCluster.cluster().waitForActiveCollection(COLLECTION, 1, 2);
        }
    }

    private static long count(String query) throws Exception {
        QueryRequest q = new QueryRequest(new SolrQuery(query).setRows(0));
        return ADMIN.on(q).process(client(), COLLECTION).getResults().getNumFound();
    }
}
