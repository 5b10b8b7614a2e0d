import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.port.IncidentRepository;
import nl.patroon.core.review.Decision;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.ReviewDesk;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.casedb.SqliteCaseStore;

/**
 * One review action on a large case.db (issue 20, acceptance 4): 1,000,000 suggestions (one per passage of a
 * 1,000,000-passage case, the worst case) over 1,000 evidence items, and 50,000 incidents. A round confirms one open
 * suggestion into an existing incident exactly as the Review use case stores it (read its decision by id, read the
 * incident, the review action row, the suggestion's update, the incident and its snapshot, one transaction), then
 * undoes it (the last undoable action, its snapshot, the restore). The passage lookup in the Lucene index that the
 * use case also does for a confirmation is not part of this measurement.
 *
 *   java -cp … ReviewActionBench [db-file] [actions]
 */
public final class ReviewActionBench {
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/patroon-bench-dossier/review-bench.db");
        int actions = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        boolean fresh = !Files.exists(db);
        Files.createDirectories(db.getParent());
        if (fresh) {
            long t0 = System.nanoTime();
            generate(db);
            System.out.printf("generated 1,000,000 suggestions and 50,000 incidents in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
        Random r = new Random(5);
        long[] confirm = new long[actions];
        long[] undo = new long[actions];
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            for (int i = 0; i < actions; i++) {
                String sid = String.format("S-%04d", 1 + r.nextInt(1_000_000));
                String iid = String.format("I-%04d", 1 + r.nextInt(50_000));
                long t0 = System.nanoTime();
                Map<String, Decision> now = store.reviews().decisions(List.of(sid));
                Incident before = store.incidents().find(iid).orElseThrow();
                Incident after = before.withSupports(List.of(new SupportingPassage("E-0001", "m" + i, "citaat",
                        SourceOrigin.SUSPECT, "", sid)));
                ReviewAction a = ReviewDesk.confirm(store.reviews().nextSeq(), now, List.of(sid), iid, "bench",
                        Instant.now(), "");
                store.inTransaction(() -> {
                    store.reviews().record(a);
                    store.incidents().save(after);
                    store.incidents().saveSnapshot(new IncidentRepository.Snapshot(a.seq(), iid, before, after));
                });
                long t1 = System.nanoTime();
                ReviewAction target = store.reviews().lastUndoable().orElseThrow();
                ReviewAction u = ReviewDesk.undo(store.reviews().nextSeq(), target,
                        store.reviews().decisions(target.suggestionIds()), "bench", Instant.now());
                List<IncidentRepository.Snapshot> snaps = store.incidents().snapshots(target.seq());
                store.inTransaction(() -> {
                    store.reviews().record(u);
                    for (IncidentRepository.Snapshot s : snaps) {
                        store.incidents().save(s.before());
                    }
                });
                long t2 = System.nanoTime();
                confirm[i] = t1 - t0;
                undo[i] = t2 - t1;
            }
        }
        report("confirm into an existing incident", confirm);
        report("undo", undo);
    }

    static void report(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        long[] m = s; // all actions, the first (cold) ones included
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms over %d actions%n", what,
                m[m.length / 2] / 1e6, m[(int) (m.length * 0.95)] / 1e6, m[m.length - 1] / 1e6, m.length);
    }

    static void generate(Path db) throws Exception {
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            // schema created; evidence rows directly (the evidence API needs stored files)
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO evidence(seq, id, sha256, size, original_path, ingested_at, status)
                    VALUES (?, ?, ?, 1, 'x', '2026-01-01T00:00:00Z', 'INDEXED')""")) {
                for (int e = 1; e <= 1000; e++) {
                    p.setInt(1, e);
                    p.setString(2, String.format("E-%04d", e));
                    p.setString(3, "sha" + e);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        Category[] cats = Category.values();
        ZonedDateTime start = ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            for (int e = 1; e <= 1000; e++) {
                String eid = String.format("E-%04d", e);
                List<Suggestion> batch = new ArrayList<>(1000);
                for (int m = 1; m <= 1000; m++) {
                    batch.add(new Suggestion(null, eid + ":m" + m, cats[(e + m) % (cats.length - 1)], "bench.rule",
                            0, 5, "woord", "uitleg", "explanation", Confidence.HIGH, ReviewState.OPEN, null));
                }
                store.inTransaction(() -> store.suggestions().replaceOpenSuggestions(eid, batch));
            }
            store.inTransaction(() -> {
                for (int i = 1; i <= 50_000; i++) {
                    store.incidents().save(new Incident(String.format("I-%04d", i),
                            EventTime.at(start.plusMinutes(30L * i), TimePrecision.MINUTE),
                            List.of(cats[i % (cats.length - 1)]), Actor.SUSPECT, "incident " + i,
                            List.of(new SupportingPassage("E-0001", "m" + i, "citaat", SourceOrigin.VICTIM, "", ""))));
                }
            });
        }
    }
}
