import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.PatternAnalyser;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.order.Order;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.redaction.RedactionList;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.ExportResult;
import nl.patroon.templates.export.TimelineExporter;

/**
 * With {@code incidents} as fourth argument: a case of N confirmed incidents ({@link IncidentCase}) with its
 * analysis, so the summary page and family view are rendered too. Otherwise:
 * renders a synthetic case of N confirmed timeline entries (chat messages over two years, with phone numbers,
 * e-mail addresses and street addresses in one message of ten) as JSON, HTML and PDF, for the court (no
 * redaction) and the defence (redacted), and prints wall time and size of each. Each format is rendered ROUNDS
 * times in one JVM; the first round includes class loading and JIT warm-up. Wall time and the rendering thread's
 * CPU time are both printed: on a shared machine the wall time says more about the neighbours than about the code.
 */
public final class RenderBench {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Arguments: N ROUNDS OUT [entries|incidents]. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path out = Path.of(args.length > 2 ? args[2] : "/tmp/patroon-bench-outputs");
        boolean incidents = args.length > 3 && args[3].equals("incidents");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Timeline timeline;
        List<Incident> confirmed = List.of();
        List<Order> orders = List.of();
        Analysis analysis = null;
        if (incidents) {
            IncidentCase c = new IncidentCase(n);
            timeline = c.timeline;
            confirmed = c.incidents;
            orders = c.orders;
            System.out.printf("case: %,d incidents with %,d sources, %,d entries, %d orders; built in %.2f s%n",
                    confirmed.size(), c.passages.size(), timeline.entries().size(), orders.size(),
                    (System.nanoTime() - t0) / 1e9);
            long a0 = System.nanoTime();
            analysis = PatternAnalyser.bundled().analyse(new PatternAnalyser.Input(confirmed, orders, List.of(),
                    List.of()));
            System.out.printf("analysis (all articles; not part of the rendering below): %.2f s%n",
                    (System.nanoTime() - a0) / 1e9);
        } else {
            timeline = timeline(n);
            System.out.printf("case: %,d entries, %d months; built in %.2f s%n", timeline.entries().size(),
                    timeline.counts().stream().map(c -> c.month()).distinct().count(), (System.nanoTime() - t0) / 1e9);
        }
        RedactionList list = RedactionList.empty().with("Basisschool De Regenboog", "school kind")
                .with("Sophie", "naam kind").with("Daan", "naam kind");
        TimelineExporter exporter = new TimelineExporter();
        for (Audience audience : List.of(Audience.RECHTBANK, Audience.VERDEDIGING)) {
            for (ExportFormat format : ExportFormat.values()) {
                for (int r = 1; r <= rounds; r++) {
                    long s = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    ExportResult result = exporter.export(timeline, format, ExportOptions.of(audience)
                            .withRedactionList(list).withOrders(orders).withIncidents(confirmed, analysis));
                    double secs = (System.nanoTime() - s) / 1e9;
                    double cpuSecs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                    Files.write(out.resolve("tijdlijn-" + audience.code() + "." + format.extension()), result.bytes());
                    System.out.printf("%-12s %-5s round %d: wall %6.2f s, cpu %6.2f s  %,12d bytes  %,d redactions%n",
                            audience.code(), format.extension(), r, secs, cpuSecs, result.bytes().length,
                            result.redactions().size());
                }
            }
        }
    }

    static Timeline timeline(int n) {
        CaseFile file = CaseFile.create(new Parketnummer("10/123456-24"), "Benchmarkzaak", Instant.EPOCH)
                .withParty(PartyRole.VERDACHTE, "Mark de Vries", List.of("Mark"))
                .withParty(PartyRole.SLACHTOFFER, "Anna Jansen", List.of("+31612345678"));
        Category[] cats = {Category.THREAT_TO_KILL, Category.MONITORING, Category.HUMILIATION, Category.STALKING,
                Category.ISOLATION, Category.JEALOUSY_POSSESSION, Category.CUSTODY_THREAT, Category.ECONOMIC_CONTROL};
        String[] words = {"ik maak je af", "waar ben je", "jij bent niks", "ik sta voor je deur",
                "je mag niet naar je moeder", "je bent van mij", "je ziet de kinderen nooit meer", "geef me je pinpas"};
        List<TimelineBuilder.SourcedPassage> passages = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        ZonedDateTime start = ZonedDateTime.of(2023, 1, 1, 8, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
        String sha = "c3".repeat(32);
        for (int i = 0; i < n; i++) {
            int k = i % cats.length;
            String text = "Bericht " + i + ": " + words[k] + ", echt waar."
                    + (i % 10 == 0 ? " Bel 06-1234" + String.format("%04d", i % 10000) + " of mail anna" + i
                    + "@example.nl, ik weet dat je op de Dorpsstraat " + (i % 200 + 1) + " woont bij Basisschool De Regenboog." : "");
            Passage p = new Passage("E-000" + (1 + i % 3), Locator.message(i + 1, i + 1),
                    EventTime.at(start.plusMinutes(i * 211L), TimePrecision.MINUTE), "Mark", "P-01", "nl", false, text);
            passages.add(new TimelineBuilder.SourcedPassage(p, sha));
            int s = text.indexOf(words[k]);
            suggestions.add(new Suggestion(String.format("S-%06d", i), p.id(), cats[k], "bench.rule", s,
                    s + words[k].length(), words[k], "Past bij " + cats[k].dutch() + ".", "Fits.", Confidence.HIGH,
                    ReviewState.CONFIRMED, null));
        }
        List<EvidenceRecord> evidence = new ArrayList<>();
        for (int e = 1; e <= 3; e++) {
            evidence.add(new EvidenceRecord(new Evidence("E-000" + e, sha, 1_000_000, "/mnt/beslag/telefoon-" + e
                    + "/chat.txt", "chat.txt", "text/plain", SourceKind.CHAT_EXPORT, null, null, Instant.EPOCH, "bench"),
                    IngestState.INDEXED, null, n / 3));
        }
        return TimelineBuilder.build(file, evidence, passages, n, suggestions);
    }
}
