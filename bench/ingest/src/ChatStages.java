import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.ingest.EvidenceDetection;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.whatsapp.WhatsAppSource;

/**
 * The chat path of an ingest, one stage at a time and on one thread: WhatsApp parsing, detection (attribution
 * aside), Lucene, per message. No worker processes, no walk, no journal: a change to one of these stages shows here
 * without the rest of the ingest's noise. Each round indexes every export into a new temporary index; the caches
 * stay warm between rounds, as they would across the exports of one long ingest.
 *
 * <p>Usage: {@code java -cp <app lib>/*:<classes> ChatStages <folder of WhatsApp exports> [rounds]}
 */
public final class ChatStages {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (var s = Files.list(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        WhatsAppSource source = new WhatsAppSource();
        SourceContext context = new SourceContext(ZoneId.of("Europe/Amsterdam"), false);
        EvidenceDetection detection = new EvidenceDetection(RuleDetector.bundled(),
                new CaseFile(1, "10/000000-00", "bench", null, null, null, List.of()));
        for (int round = 1; round <= rounds; round++) {
            long parse = 0;
            long detect = 0;
            long index = 0;
            long messages = 0;
            Path dir = Files.createTempDirectory("chat-stages");
            try (PassageIndexWriter writer = new PassageIndexWriter(dir)) {
                int k = 0;
                for (Path f : files) {
                    Evidence ev = new Evidence(String.format("E-%04d", ++k), "0".repeat(64), Files.size(f),
                            f.toString(), f.getFileName().toString(), "text/plain", null, null, null, null, "bench");
                    long t0 = System.nanoTime();
                    SourceResult r = source.read(new SourceInput(f, ev, "text/plain", new byte[0]), context);
                    long t1 = System.nanoTime();
                    if (!(r instanceof SourceResult.Read read)) {
                        continue;
                    }
                    EvidenceDetection.Result d = detection.detect(ev.sha256(), read.kind(), read.passages());
                    long t2 = System.nanoTime();
                    writer.replaceEvidence(ev.id(), d.passages());
                    long t3 = System.nanoTime();
                    parse += t1 - t0;
                    detect += t2 - t1;
                    index += t3 - t2;
                    messages += read.passages().size();
                }
                long t4 = System.nanoTime();
                writer.commit();
                index += System.nanoTime() - t4;
            }
            System.out.printf("round %d: %d messages, per message: parse %.2f us, detect %.2f us, index %.2f us;"
                            + " %.0f messages/s (one thread)%n", round, messages, parse / 1e3 / messages,
                    detect / 1e3 / messages, index / 1e3 / messages, messages / ((parse + detect + index) / 1e9));
        }
    }
}
