package nl.patroon.indexer.detect.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.Classifier;
import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.detect.RuleDetector;

/**
 * The detection benchmark of bench/detection: precision, recall and F1 per category on the labelled
 * development set, macro F1, the false-positive rate on benign lines, and single-thread throughput of the
 * classify protocol. Run it through {@code bench/detection/run.sh}.
 */
public final class DetectionBenchmark {

    /** One labelled line of the development set. */
    public record Example(String source, int line, Set<Category> gold, String lang, String text) {
        public Example(int line, Set<Category> gold, String lang, String text) {
            this("", line, gold, lang, text);
        }

        public boolean benign() {
            return gold.isEmpty();
        }
    }

    /** Counts for one category. */
    public record Score(Category category, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The figures of one run. */
    public record Result(List<Score> scores, double macroF1, int benign, int benignFlagged, List<String> errors) {
        public double benignFpRate() {
            return benign == 0 ? 0 : (double) benignFlagged / benign;
        }

        public Score score(Category c) {
            return scores.stream().filter(s -> s.category() == c).findFirst().orElseThrow();
        }
    }

    private DetectionBenchmark() {
    }

    /** Reads the "LABELS | lang | text" format of devset.txt. */
    public static List<Example> read(List<String> lines) {
        return read("", lines);
    }

    /** One file, or every {@code *.txt} file of a folder (the development corpus, one file per register). */
    public static List<Example> read(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return read(fileOrFolder.getFileName().toString(), Files.readAllLines(fileOrFolder, StandardCharsets.UTF_8));
        }
        List<Example> out = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(fileOrFolder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.addAll(read(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static List<Example> read(String source, List<String> lines) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\|", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected LABELS | lang | text");
            }
            Set<Category> gold = EnumSet.noneOf(Category.class);
            for (String c : parts[0].split(",")) {
                Category cat = Category.valueOf(c.strip());
                if (cat != Category.NONE) {
                    gold.add(cat);
                }
            }
            out.add(new Example(source, i + 1, gold, parts[1].strip(), parts[2].strip()));
        }
        return out;
    }

    public static Result evaluate(Detector detector, List<Example> examples) {
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        int benign = 0;
        int flagged = 0;
        List<String> errors = new ArrayList<>();
        for (Example e : examples) {
            Set<Category> got = Classifier.labels(detector.detect(e.text(), e.lang()));
            for (Category c : Category.values()) {
                boolean g = e.gold().contains(c);
                boolean p = got.contains(c);
                int[] k = counts.computeIfAbsent(c, x -> new int[3]);
                if (g && p) {
                    k[0]++;
                } else if (p) {
                    k[1]++;
                } else if (g) {
                    k[2]++;
                }
            }
            if (e.benign()) {
                benign++;
                if (!got.isEmpty()) {
                    flagged++;
                }
            }
            if (!got.equals(e.gold())) {
                errors.add(String.format(Locale.ROOT, "%s:%d [%s] gold=%s got=%s  %s", e.source(), e.line(), e.lang(),
                        e.gold(), got, e.text()));
            }
        }
        List<Score> scores = new ArrayList<>();
        double sum = 0;
        for (Category c : Category.values()) {
            int[] k = counts.get(c);
            if (c == Category.NONE || k == null || k[0] + k[2] == 0) {
                continue;
            }
            Score s = new Score(c, k[0], k[1], k[2]);
            scores.add(s);
            sum += s.f1();
        }
        return new Result(scores, scores.isEmpty() ? 0 : sum / scores.size(), benign, flagged, errors);
    }

    /** Messages per CPU-second through the full classify protocol (JSON in, JSON out), one thread. */
    static double throughput(Classifier classifier, List<Example> examples, double seconds) {
        StringBuilder b = new StringBuilder();
        for (Example e : examples) {
            b.append("{\"id\":\"").append(e.line()).append("\",\"text\":")
                    .append(jsonString(e.text())).append("}\n");
        }
        String input = b.toString();
        PrintWriter err = new PrintWriter(new StringWriter());
        long end = System.nanoTime() + (long) (1e9 * 1.5);
        while (System.nanoTime() < end) {
            classifier.run(new StringReader(input), Writer.nullWriter(), err);
        }
        // CPU time of this thread, not wall time: the figure is per core even on a shared, loaded machine.
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long n = 0;
        long cpuStart = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        end = start + (long) (1e9 * seconds);
        while (System.nanoTime() < end) {
            n += classifier.run(new StringReader(input), Writer.nullWriter(), err).classified();
        }
        return n / ((bean.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static String jsonString(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    public static void main(String[] args) throws IOException {
        Path devset = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "bench/detection/dev");
        boolean showErrors = List.of(args).contains("--errors");
        boolean noSpeed = List.of(args).contains("--no-speed");
        RuleDetector detector = RuleDetector.bundled();
        List<Example> examples = read(devset);
        long nl = examples.stream().filter(e -> e.lang().equals("nl")).count();
        Result r = evaluate(detector, examples);
        System.out.printf(Locale.ROOT, "Development set: %s — %d messages (%d Dutch, %d English), %d benign%n%n",
                devset, examples.size(), nl, examples.size() - nl, r.benign());
        System.out.printf(Locale.ROOT, "%-20s %5s %5s %5s %5s %9s %7s %6s%n", "category", "gold", "tp", "fp",
                "fn", "precision", "recall", "F1");
        for (Score s : r.scores()) {
            System.out.printf(Locale.ROOT, "%-20s %5d %5d %5d %5d %9.3f %7.3f %6.3f%n", s.category(),
                    s.tp() + s.fn(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1());
        }
        System.out.printf(Locale.ROOT, "%nmacro F1                 %.3f%n", r.macroF1());
        System.out.printf(Locale.ROOT, "benign false-positive rate %.3f (%d of %d benign lines labelled)%n",
                r.benignFpRate(), r.benignFlagged(), r.benign());
        if (Files.isDirectory(devset)) {
            System.out.printf(Locale.ROOT, "%nper register (file)             items benign-flagged macro-F1%n");
            for (String source : examples.stream().map(Example::source).distinct().toList()) {
                List<Example> part = examples.stream().filter(e -> e.source().equals(source)).toList();
                Result pr = evaluate(detector, part);
                System.out.printf(Locale.ROOT, "  %-30s %5d %6d/%-6d %.3f%n", source, part.size(), pr.benignFlagged(),
                        pr.benign(), pr.macroF1());
            }
        }
        Score kill = r.score(Category.THREAT_TO_KILL);
        System.out.printf(Locale.ROOT, "THREAT_TO_KILL           precision %.3f recall %.3f%n", kill.precision(),
                kill.recall());
        if (!noSpeed) {
            Classifier classifier = new Classifier(detector);
            double all = throughput(classifier, examples, 5);
            double benign = throughput(classifier, examples.stream().filter(Example::benign).toList(), 5);
            System.out.printf(Locale.ROOT, "throughput, classify JSONL, 1 thread, per CPU-second:%n");
            System.out.printf(Locale.ROOT, "  dev set mix (%d%% with behaviour)      %8.0f messages/s%n",
                    Math.round(100.0 * (examples.size() - r.benign()) / examples.size()), all);
            System.out.printf(Locale.ROOT, "  ordinary lines only (typical of a phone) %8.0f messages/s%n", benign);
        }
        if (showErrors) {
            System.out.println();
            r.errors().forEach(System.out::println);
        }
    }
}
