package nl.patroon.app.search;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Function;
import nl.patroon.app.Adapters;
import nl.patroon.core.problem.Problem;
import nl.patroon.indexer.detect.Classifier;
import nl.patroon.indexer.detect.ClassifyStats;

/**
 * The stable evaluation interface of the detector, needing no case: JSON lines {@code {"id","text","lang"?}}
 * in, one JSON line per input out, errors (naming the line) apart.
 */
public final class Classify {
    /** @param rulesDir a folder of rule files besides the bundled ones; null for the bundled rules alone */
    public record Request(Reader in, Writer out, PrintWriter errors, Path rulesDir, Function<Problem, String> say) {
        public Request {
            say = say == null ? Problem::dutch : say;
        }

        /** Rejected lines explained in Dutch. */
        public Request(Reader in, Writer out, PrintWriter errors, Path rulesDir) {
            this(in, out, errors, rulesDir, null);
        }
    }

    /** Counts, and their summary in Dutch. */
    public record Result(long lines, long classified, long errors, long labelled, String summaryNl) {
    }

    private final Adapters adapters;

    public Classify(Adapters adapters) {
        this.adapters = adapters;
    }

    public Result run(Request request) {
        ClassifyStats stats = new Classifier(adapters.rules(request.rulesDir()))
                .run(request.in(), request.out(), request.errors(), request.say());
        return new Result(stats.lines(), stats.classified(), stats.errors(), stats.labelled(), stats.summaryNl());
    }
}
