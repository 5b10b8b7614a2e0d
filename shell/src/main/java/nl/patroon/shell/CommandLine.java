package nl.patroon.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalises a non-interactive command line before Spring Shell parses it, for two parser limits of
 * Spring Shell 3: (1) positional arguments are only recognised before the first option, and (2) an option
 * given twice keeps only its last value. So {@code ingest --case z a.pdf b/} becomes
 * {@code ingest a.pdf b/ --case z}, and {@code --alias a --alias b} becomes {@code --alias a b}.
 */
final class CommandLine {
    /** First words of the commands that have two words ("case init", "partij toevoegen"). */
    private static final Set<String> TWO_WORD = Set.of("case", "zaak", "party", "partij", "evidence", "bewijs", "detecteer",
            "suggestion", "suggestie", "incident", "order", "verbod");
    /** First two words of the commands that have three ("incident proposal accept"). */
    private static final Set<String> THREE_WORD = Set.of("incident proposal", "incident voorstel");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--no-ocr", "--zonder-ocr", "--phrase", "--zin", "--help", "-h");
    /** Options that may be repeated. */
    private static final Set<String> REPEATABLE = Set.of("--alias", "--evidence", "--bewijs", "--category",
            "--categorie", "--protects", "--beschermt");

    private CommandLine() {
    }

    static String[] normalise(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return args;
        }
        int words = TWO_WORD.contains(args[0]) && args.length > 1 && !args[1].startsWith("-") ? 2 : 1;
        if (words == 2 && THREE_WORD.contains(args[0] + " " + args[1]) && args.length > 2 && !args[2].startsWith("-")) {
            words = 3;
        }
        List<String> command = new ArrayList<>(List.of(args).subList(0, words));
        List<String> positional = new ArrayList<>();
        List<String> options = new ArrayList<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        for (int i = words; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.contains("=")) {
                (a.startsWith("--") ? options : positional).add(protectQuotes(a));
            } else if (FLAGS.contains(a)) {
                options.add(a);
            } else if (REPEATABLE.contains(a) && i + 1 < args.length) {
                repeated.computeIfAbsent(a, k -> new ArrayList<>()).add(args[++i]);
            } else {
                options.add(a);
                if (i + 1 < args.length) {
                    options.add(args[++i]);
                }
            }
        }
        List<String> out = new ArrayList<>(command);
        out.addAll(positional);
        out.addAll(options);
        repeated.forEach((option, values) -> {
            out.add(option);
            out.addAll(values);
        });
        return out.toArray(String[]::new);
    }

    /**
     * Spring Shell strips one level of quotes from an argument; a Lucene phrase such as {@code "ik maak je af"}
     * must keep its double quotes, so it is wrapped in single quotes for the shell to strip instead.
     */
    private static String protectQuotes(String a) {
        return a.length() > 1 && a.startsWith("\"") && a.endsWith("\"") ? "'" + a + "'" : a;
    }
}
