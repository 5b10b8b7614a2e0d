package nl.patroon.indexer.detect.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.indexer.detect.Classifier;
import nl.patroon.indexer.detect.ClassifyStats;
import nl.patroon.indexer.detect.RuleDetector;

/**
 * The classify protocol without the shell, for evaluation scripts: {@code classify [--rules DIR] [FILE]}
 * reads JSON lines from FILE or standard input and writes results to standard output, errors to standard
 * error. The shell's {@code classify} command is the same {@link Classifier}.
 */
public final class ClassifyMain {
    private ClassifyMain() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rules") && i + 1 < args.length) {
                rules = Path.of(args[++i]);
            } else {
                file = Path.of(args[i]);
            }
        }
        Classifier classifier = new Classifier(rules == null ? RuleDetector.bundled() : RuleDetector.load(rules));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (Reader in = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            ClassifyStats stats = classifier.run(in, out, err);
            err.println(stats.summaryNl());
        }
    }
}
