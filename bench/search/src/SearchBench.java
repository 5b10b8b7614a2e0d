import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.patroon.app.Adapters;
import nl.patroon.app.Settings;
import nl.patroon.app.search.Search;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.shell.command.SearchCommands;
import nl.patroon.shell.support.CaseSession;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Search latency as a person at the shell feels it (issue 21): each query goes through the shell's own {@code search}
 * command ({@link SearchCommands#search}: query repair, the Search use case opening the case and its index, the
 * query, highlighting, the party names, the formatted output), with the default limit of 20 hits.
 *
 * <p>The query mix is fixed: per kind a list of queries a prosecutor would type on the benchmark corpus, drawn in a
 * seeded order, round-robin over the kinds so each kind gets the same share. Warm-up rounds first (class loading,
 * JIT, page cache), then the timed queries one after another on one thread; per query the wall time and the CPU time
 * of the searching thread (which a loaded machine does not inflate the way it inflates wall time).
 *
 * <p>Then the same timed queries once more on the index alone ({@link PassageSearcher#search}, one searcher kept open:
 * the query, the time-ordered top 20, their stored fields and highlighting), to tell the index's share from the
 * rest of the command (opening the case folder, the party names, formatting).
 *
 * <p>Arguments: case folder, timed queries (default 1,200), warm-up queries (default 400), seed (default 21).
 */
public final class SearchBench {
    /** Kind of query, with what it stands for; the queries themselves are in {@link #MIX}. */
    static final Map<String, List<String>> MIX = new LinkedHashMap<>();

    static {
        // One Dutch word (stemmed: finds every inflection), common in the corpus' chats.
        MIX.put("word", List.of("thuis", "kinderen", "huisarts", "sleutels", "vertraging", "brood", "wachtwoord",
                "rekening", "politie", "geld", "foto", "spijt"));
        // Two words, both must occur (the default operator is AND).
        MIX.put("two-words", List.of("politie kinderen", "sleutels thuis", "brood halen", "huur overmaken",
                "wachtwoord instagram", "foto waar", "geld rekening", "trein vertraging"));
        // An exact phrase, word for word.
        MIX.put("phrase", List.of("\"maak je af\"", "\"ik weet waar je woont\"", "\"maak ik je kapot\"",
                "\"spijt van krijgen\"", "\"laat me met rust\"", "\"ik ben er\""));
        // A prefix: words as written.
        MIX.put("prefix", List.of("dreig*", "bedreig*", "kapot*", "politie*", "wacht*", "kind*", "huis*"));
        // Restricted to one author (the sender as the chat export names them), alone and with a word.
        MIX.put("author", List.of("author:Sophie", "author:Priya thuis", "author:Kevin bedreig*",
                "author:Anouk \"weet waar je woont\"", "author:Mohammed geld"));
        // A period (the case's time zone): a month, a quarter, a year, with a word.
        MIX.put("period", List.of("datum:2022-03 thuis", "datum:[2021-01-01 TO 2021-03-31] politie",
                "datum:2023 bedreig*", "datum:2022-11-05", "datum:[2024-06-01 TO 2024-06-30] \"laat me met rust\""));
        // A misspelt word: fuzzy, up to two edits.
        MIX.put("fuzzy", List.of("huisats~", "wachtwort~", "bedreiging~1", "vertraagin~2", "poltie~1"));
        // Words that occur in a few hundred passages at most (places, a rare name, long policy words).
        MIX.put("rare", List.of("zoetermeer", "dordrecht", "priya", "deskundigheidsbevordering", "omgangsregeling",
                "prevalentiemonitor", "leeuwarden"));
        // Words in a large share of all passages, and a match-almost-everything query.
        MIX.put("common", List.of("gaat", "hoi", "thuis", "goedemorgen", "prima", "oké", "kinderen OR thuis"));
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args[0]).toAbsolutePath().normalize();
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 1200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 21;
        Locale.setDefault(Locale.ROOT); // the figures, not the messages, are printed with this locale

        Adapters adapters = new Adapters(Settings.fromSystem());
        SearchCommands shell = new SearchCommands(new CaseSession(null, null), new Search(adapters));
        Path index = caseDir.resolve("index");
        long passages;
        int segments;
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            passages = r.numDocs();
            segments = r.leaves().size();
        }
        long indexBytes;
        try (Stream<Path> files = Files.walk(index)) {
            indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("case: %s%npassages in the index: %,d; index size: %,d bytes (%.1f MB), %d segments%n",
                caseDir, passages, indexBytes, indexBytes / 1e6, segments);
        System.out.printf("JVM: %s %s, args %s%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());

        // Hits per query, once, untimed: what each kind asks of the index.
        Search search = new Search(adapters);
        Map<String, long[]> hitsPerKind = new LinkedHashMap<>();
        for (var kind : MIX.entrySet()) {
            long[] hits = new long[kind.getValue().size()];
            for (int i = 0; i < hits.length; i++) {
                hits[i] = search.run(new Search.Request(caseDir, new PassageQuery(kind.getValue().get(i), 20)))
                        .result().totalHits();
            }
            hitsPerKind.put(kind.getKey(), hits);
        }

        List<String[]> order = plan(warmup + timed, seed);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] wall = new long[timed];
        long[] cpuNs = new long[timed];
        String[] kinds = new String[timed];
        long outputChars = 0;
        long started = System.nanoTime();
        for (int i = 0; i < order.size(); i++) {
            String kind = order.get(i)[0];
            String query = order.get(i)[1];
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            String out = shell.search(new String[] {query}, caseDir.toString(), 20, false);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            outputChars += out.length();
            if (i == warmup) {
                started = t0;
            }
            if (i >= warmup) {
                wall[i - warmup] = t1 - t0;
                cpuNs[i - warmup] = c1 - c0;
                kinds[i - warmup] = kind;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d warm-up queries, then %d timed queries in %.1f s (seed %d); %,d characters of output%n",
                warmup, timed, seconds, seed, outputChars);
        System.out.println();
        System.out.println("The shell's search command (SearchCommands.search: case, index, query, highlighting, parties,"
                + " output):");
        System.out.println();
        table(timed, kinds, wall, cpuNs, hitsPerKind);

        try (PassageSearcher alone = new PassageSearcher(index)) {
            for (int i = 0; i < order.size(); i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                alone.search(order.get(i)[1], 20);
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                if (i >= warmup) {
                    wall[i - warmup] = t1 - t0;
                    cpuNs[i - warmup] = c1 - c0;
                }
            }
        }
        System.out.println();
        System.out.println("The index alone (PassageSearcher.search on an open searcher: query, top 20 in time order,"
                + " stored fields, highlighting), same queries:");
        System.out.println();
        table(timed, kinds, wall, cpuNs, hitsPerKind);

        // What the command does besides: each use case opens the case folder (case.json, case.db, audit.log);
        // the search command does so once (the party names are read in the same opening).
        List<Long> openWall = new ArrayList<>();
        List<Long> openCpu = new ArrayList<>();
        for (int i = 0; i < warmup / 4 + timed / 4; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            adapters.open(caseDir).close();
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            if (i >= warmup / 4) {
                openWall.add(t1 - t0);
                openCpu.add(c1 - c0);
            }
        }
        long auditBytes = Files.size(caseDir.resolve("audit.log"));
        System.out.println();
        System.out.printf("Opening the case folder once (CaseWorkspace.open + close; audit.log %,d bytes):%n", auditBytes);
        System.out.println();
        System.out.println("| what | times | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf("| open case | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", openWall.size(),
                pct(openWall, 50), pct(openWall, 95), pct(openWall, 99), pct(openWall, 100), pct(openCpu, 50),
                pct(openCpu, 99));
    }

    private static void table(int timed, String[] kinds, long[] wall, long[] cpuNs, Map<String, long[]> hitsPerKind) {
        System.out.println("| kind | queries timed | hits per query (min-max) | p50 ms | p95 ms | p99 ms | max ms "
                + "| CPU p50 ms | CPU p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (var kind : MIX.keySet()) {
            List<Long> w = new ArrayList<>();
            List<Long> c = new ArrayList<>();
            for (int i = 0; i < timed; i++) {
                if (kind.equals(kinds[i])) {
                    w.add(wall[i]);
                    c.add(cpuNs[i]);
                }
            }
            long[] h = hitsPerKind.get(kind);
            row(kind, w, c, Arrays.stream(h).min().orElse(0) + "-" + Arrays.stream(h).max().orElse(0));
        }
        List<Long> w = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            w.add(wall[i]);
            c.add(cpuNs[i]);
        }
        row("**all**", w, c, "");
    }

    /** The queries in the order they run: kinds round-robin, each kind's query drawn with the seeded generator. */
    static List<String[]> plan(int n, long seed) {
        Random random = new Random(seed);
        List<String> kinds = new ArrayList<>(MIX.keySet());
        List<String[]> out = new ArrayList<>(n);
        while (out.size() < n) {
            Collections.shuffle(kinds, random); // every kind once per cycle, in a seeded order
            for (String kind : kinds) {
                List<String> queries = MIX.get(kind);
                out.add(new String[] {kind, queries.get(random.nextInt(queries.size()))});
            }
        }
        return out.subList(0, n);
    }

    private static void row(String kind, List<Long> wall, List<Long> cpu, String hits) {
        System.out.printf("| %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", kind, wall.size(), hits,
                pct(wall, 50), pct(wall, 95), pct(wall, 99), pct(wall, 100), pct(cpu, 50), pct(cpu, 99));
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1))) / 1e6;
    }
}
