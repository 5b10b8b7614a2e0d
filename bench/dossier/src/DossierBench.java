import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.PatternAnalyser;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.MergeCandidate;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.incident.MergeProposer;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.json.Json;
import nl.patroon.core.order.Contact;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;

/**
 * The dossier's analysis at scale (issue 20, acceptance 4): a synthetic case of 1,000,000 passages over three
 * years, of which every passage is a contact for the order-breach check, one in ten carries an open suggestion
 * for the merge proposals, and 50,000 confirmed incidents (1-4 supports each) go through the pattern analysis
 * with every bundled article; then the analysis is written as JSON. Single-threaded code; run pinned to one core
 * by run.sh. Prints each phase's time per round and the median of the rounds after warm-up.
 *
 *   java -cp … DossierBench [passages] [incidents] [rounds]
 */
public final class DossierBench {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    static final ZonedDateTime START = ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, AMS);
    static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

    public static void main(String[] args) throws Exception {
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int incidentCount = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Category[] behaviour = Arrays.stream(Category.values()).filter(c -> c != Category.NONE).toArray(Category[]::new);

        long g0 = System.nanoTime();
        Random r = new Random(20);
        List<Contact> contacts = new ArrayList<>(passages);
        List<MergeCandidate> candidates = new ArrayList<>(passages / 10);
        for (int i = 0; i < passages; i++) {
            ZonedDateTime t = START.plusSeconds(SPAN_SECONDS * i / passages);
            EventTime when = EventTime.at(t, TimePrecision.MINUTE);
            boolean suspect = r.nextInt(3) > 0;
            String pid = "E-" + (1 + i % 40) + ":m" + i;
            contacts.add(new Contact(pid, when, suspect ? "P-01" : "P-02", List.of(suspect ? "P-02" : "P-01"), ""));
            if (i % 10 == 0) {
                boolean account = r.nextInt(20) == 0;
                candidates.add(MergeCandidate.suggestion("S-" + i, account
                                ? EventTime.at(t, TimePrecision.APPROXIMATE) : when,
                        behaviour[r.nextInt(behaviour.length)], "E-" + (1 + r.nextInt(40)), account));
            }
        }
        List<Incident> incidents = new ArrayList<>(incidentCount);
        SourceOrigin[] origins = SourceOrigin.values();
        for (int i = 0; i < incidentCount; i++) {
            ZonedDateTime t = START.plusSeconds(SPAN_SECONDS * i / incidentCount);
            int n = 1 + r.nextInt(4);
            List<SupportingPassage> sup = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                sup.add(new SupportingPassage("E-" + (1 + r.nextInt(40)), "m" + r.nextInt(passages), "citaat",
                        origins[r.nextInt(origins.length)], "", ""));
            }
            List<Category> cats = r.nextInt(4) == 0
                    ? List.of(behaviour[r.nextInt(behaviour.length)], behaviour[r.nextInt(behaviour.length)])
                    : List.of(behaviour[r.nextInt(behaviour.length)]);
            incidents.add(new Incident("I-" + (i + 1), r.nextInt(200) == 0 ? null : EventTime.at(t,
                    TimePrecision.MINUTE), cats, r.nextInt(10) == 0 ? Actor.VICTIM : Actor.SUSPECT, "incident " + i, sup));
        }
        List<Order> orders = List.of(
                new Order("O-0001", OrderKind.HUISVERBOD, List.of("P-02", "P-03"), "P-01", LocalDate.of(2023, 3, 12),
                        Optional.of(LocalDate.of(2023, 4, 9)), Optional.empty(), ""),
                new Order("O-0002", OrderKind.CONTACTVERBOD, List.of("P-02", "P-03"), "P-01", LocalDate.of(2024, 6, 20),
                        Optional.empty(), Optional.empty(), ""),
                new Order("O-0003", OrderKind.OMGANG, List.of("P-03"), "P-01", LocalDate.of(2024, 9, 1),
                        Optional.empty(), Optional.empty(), ""));
        System.out.printf("generated %,d passages (%,d contacts, %,d open suggestions), %,d incidents in %.2f s%n",
                passages, contacts.size(), candidates.size(), incidents.size(), (System.nanoTime() - g0) / 1e9);

        PatternAnalyser analyser = PatternAnalyser.bundled();
        List<long[]> times = new ArrayList<>();
        int proposals = 0;
        int bytes = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<long[]> cpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<MergeProposal> ps = MergeProposer.propose(withIncidents(candidates, incidents));
            long t1 = System.nanoTime();
            Analysis a = analyser.analyse(new PatternAnalyser.Input(incidents, orders, contacts, List.of()));
            long t2 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);
            Json.mapper().writeValue(out, a);
            long t3 = System.nanoTime();
            cpu.add(new long[] {threads.getCurrentThreadCpuTime() - c0, os.getProcessCpuTime() - p0});
            long b0 = System.nanoTime();
            int breaches = nl.patroon.core.order.OrderBreaches.find(orders, contacts).size();
            long b1 = System.nanoTime();
            proposals = ps.size();
            bytes = out.size();
            times.add(new long[] {t1 - t0, t2 - t1, t3 - t2, t3 - t0});
            System.out.printf("round %d: proposals %.3f s, analysis %.3f s, json %.3f s, total %.3f s wall;"
                            + " %.3f s CPU of this thread, %.3f s CPU of the process (GC, JIT included)"
                            + "  [order breaches alone, in the analysis: %.3f s, %,d]%n", round + 1,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9,
                    cpu.get(round)[0] / 1e9, cpu.get(round)[1] / 1e9, (b1 - b0) / 1e9, breaches);
        }
        int from = Math.min(2, times.size() - 1);
        List<long[]> measured = times.subList(from, times.size());
        System.out.printf("median of rounds %d-%d: proposals %.3f s, analysis %.3f s, json %.3f s, total %.3f s"
                        + " (%,d proposals, %,d bytes of JSON)%n", Math.min(3, rounds), rounds,
                median(measured, 0), median(measured, 1), median(measured, 2), median(measured, 3), proposals, bytes);
        List<long[]> cpuMeasured = cpu.subList(from, cpu.size());
        System.out.printf("median CPU of rounds %d-%d: %.3f s this thread, %.3f s the process%n", from + 1, rounds,
                median(cpuMeasured, 0), median(cpuMeasured, 1));
    }

    static List<MergeCandidate> withIncidents(List<MergeCandidate> suggestions, List<Incident> incidents) {
        List<MergeCandidate> all = new ArrayList<>(suggestions.size() + incidents.size());
        all.addAll(suggestions);
        for (Incident i : incidents) {
            all.add(MergeCandidate.of(i));
        }
        return all;
    }

    static double median(List<long[]> times, int k) {
        long[] v = times.stream().mapToLong(t -> t[k]).sorted().toArray();
        return v[v.length / 2] / 1e9;
    }
}
