package nl.patroon.indexer.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Benchmark (not a test): publishes {@code cases × perCase} passages to a two-node in-JVM SolrCloud with security
 * on, then times cross-case person lookups (exact phone numbers and fuzzy names, alternating). Prints passages/s
 * for publishing and the lookup latency percentiles. Run by bench/solr/run.sh.
 */
public final class SharedCollectionBenchmark {
    private static final String[] FIRST = {"Mark", "Kees", "Jan", "Ahmed", "Piet", "Daan", "Sem", "Luuk", "Bram",
        "Noah", "Mohamed", "Thijs", "Ruben", "Milan", "Jesse", "Lars", "Stijn", "Tim", "Bas", "Joost"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Smits", "de Graaf", "Yilmaz", "El Amrani", "Kaya", "van Dijk"};
    private static final String[] WORDS = ("ik jij hij zij we morgen vandaag thuis werk school kinderen eten koken"
            + " bellen appen waar ben je kom nu naar huis sorry lief boos bang weg auto fiets geld pin code telefoon"
            + " locatie vriendin moeder zus broer training voetbal wedstrijd film boodschappen").split(" ");

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perCase = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        Path dir = Files.createTempDirectory("patroon-solr-bench");
        MiniSolrCloudCluster cluster = SolrCluster.start(dir);
        try {
            Random random = new Random(42);
            CasePublisher publisher = new CasePublisher(cluster.getSolrClient(), SolrCluster.PUBLISHER,
                    SolrCluster.COLLECTION);
            List<String> phones = new ArrayList<>();
            List<String> names = new ArrayList<>();
            long passages = 0;
            long start = System.nanoTime();
            for (int c = 0; c < cases; c++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                String phone = "+3161" + String.format("%07d", random.nextInt(10_000_000));
                phones.add(phone);
                names.add(name);
                Publications pub = Publications.caseOf(String.format("10/%06d-24", c))
                        .label(c % 2 == 0 ? SolrCluster.LABEL_A : SolrCluster.LABEL_B)
                        .party("P-01", "verdachte", name, phone).party("P-02", "slachtoffer", "Slachtoffer " + c);
                for (int m = 0; m < perCase; m++) {
                    StringBuilder text = new StringBuilder();
                    for (int w = 0, n = 4 + random.nextInt(12); w < n; w++) {
                        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                    pub.message(m % 2 == 0 ? "P-01" : "P-02", "2024-%02d-%02dT%02d:%02d".formatted(1 + m % 12,
                            1 + m % 28, m % 24, m % 60), text.toString());
                }
                publisher.publish(pub.build(), new PublishJournal(dir.resolve("journal-" + c + ".json")));
                passages += perCase;
                if ((c + 1) % Math.max(1, cases / 10) == 0) {
                    System.out.printf("  %,d passages published, %.0f s%n", passages, (System.nanoTime() - start) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("published %,d passages of %,d cases in %.1f s: %,.0f passages/s%n", passages, cases,
                    seconds, passages / seconds);

            LinkedPersons linked = new LinkedPersons(new SolrPassageSearch(cluster.getSolrClient(),
                    SolrCluster.DETECTIVE_BOTH, SolrCluster.COLLECTION));
            List<AccessLabel> labels = List.of(SolrCluster.LABEL_A, SolrCluster.LABEL_B);
            for (int i = 0; i < 200; i++) { // warm-up
                linked.lookup(phones.get(random.nextInt(cases)), Optional.empty(), labels);
            }
            long[] exact = new long[lookups / 2];
            long[] fuzzy = new long[lookups / 2];
            for (int i = 0; i < lookups / 2; i++) {
                long t0 = System.nanoTime();
                var found = linked.lookup(phones.get(random.nextInt(cases)), Optional.empty(), labels);
                exact[i] = System.nanoTime() - t0;
                if (found.isEmpty()) {
                    throw new IllegalStateException("a published phone number was not found");
                }
                t0 = System.nanoTime();
                linked.lookup(typo(names.get(random.nextInt(cases)), random), Optional.empty(), labels);
                fuzzy[i] = System.nanoTime() - t0;
            }
            print("person lookup, exact phone (both labels)", exact);
            print("person lookup, fuzzy name (both labels)", fuzzy);
            try (var files = java.nio.file.Files.walk(dir)) {
                long bytes = files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                System.out.printf("on disk (both replicas, ZooKeeper, logs): %,d MB%n", bytes >> 20);
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static String typo(String name, Random random) {
        char[] c = name.toCharArray();
        int i = 1 + random.nextInt(c.length - 2);
        if (Character.isLetter(c[i])) {
            c[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(c);
    }

    private static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: %d lookups, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6,
                s[s.length - 1] / 1e6);
    }
}
