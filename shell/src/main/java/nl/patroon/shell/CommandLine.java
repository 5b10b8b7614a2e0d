package nl.patroon.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalises a non-interactive command line before Spring Shell parses it, for parser limits of Spring Shell 3:
 * (1) positional arguments are only recognised before the first option, (2) an option given twice keeps only its
 * last value, (3) a flag followed by {@code true}/{@code false} took that word as a positional argument. So
 * {@code ingest --case z a.pdf b/} becomes {@code ingest a.pdf b/ --case z}, {@code --alias a --alias b} becomes
 * {@code --alias a b}, and {@code --phrase true maak} becomes {@code maak --phrase}. Patroon's own options
 * ({@code --lang}, {@code --debug}) are taken off first, and {@code patroon --help} is the help command.
 */
public final class CommandLine {
    /** The command line without Patroon's own options, and those options. */
    record Parsed(String[] args, String language, boolean debug) {
    }

    /** First words of the commands that have two words ("case init", "partij toevoegen"). */
    private static final Set<String> TWO_WORD = Set.of("case", "zaak", "party", "partij", "evidence", "bewijs",
            "detecteer", "suggestion", "suggestie", "incident", "order", "verbod");
    /** First two words of the commands that have three ("incident proposal accept"). */
    private static final Set<String> THREE_WORD = Set.of("incident proposal", "incident voorstel");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--no-ocr", "--zonder-ocr", "--phrase", "--zin", "--help", "-h");
    /** Options that may be repeated. */
    private static final Set<String> REPEATABLE = Set.of("--alias", "--evidence", "--bewijs", "--category",
            "--categorie", "--protects", "--beschermt");
    /** Repeatable options that also take several values at once ({@code --alias Mark +316…}): all words up to the next option. */
    private static final Set<String> MANY_VALUES = Set.of("--alias", "--evidence", "--bewijs", "--protects",
            "--beschermt");
    /**
     * The positional lists called by their name ({@code ingest --paths a b}): their words are the positional
     * arguments. Left as an option, the parser kept one of the two lists (only {@code a} was read).
     */
    private static final Set<String> POSITIONAL_NAMES = Set.of("--paths", "--bestanden", "--ids", "--suggesties",
            "--query", "--vraag", "--id");
    private static final Set<String> YES = Set.of("true", "ja", "yes");
    private static final Set<String> NO = Set.of("false", "nee", "no");

    private CommandLine() {
    }

    /** Takes {@code --lang X}/{@code --taal X} and {@code --debug} off, wherever they stand, then normalises. */
    static Parsed parse(String[] args) {
        List<String> rest = new ArrayList<>();
        String language = null;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--lang") || a.equals("--taal")) && i + 1 < args.length) {
                language = args[++i];
            } else if (a.startsWith("--lang=") || a.startsWith("--taal=")) {
                language = a.substring(a.indexOf('=') + 1);
            } else if (a.equals("--debug")) {
                debug = true;
            } else {
                rest.add(a);
            }
        }
        return new Parsed(normalise(rest.toArray(String[]::new)), language, debug);
    }

    /** Also for the lines of a script and of the interactive shell ({@code support/NormalisingParser}). */
    public static String[] normalise(String[] args) {
        if (args.length == 0) {
            return args;
        }
        if (args[0].equals("--help") || args[0].equals("-h")) {
            List<String> help = new ArrayList<>(List.of("help"));
            help.addAll(List.of(args).subList(1, args.length));
            return help.toArray(String[]::new);
        }
        if (args[0].startsWith("-")) {
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
            if (!a.startsWith("--") && !a.equals("-h") || a.contains("=")) {
                (a.startsWith("--") ? options : positional).add(a);
            } else if (FLAGS.contains(a)) {
                String next = i + 1 < args.length ? args[i + 1].toLowerCase(java.util.Locale.ROOT) : "";
                if (YES.contains(next) || NO.contains(next)) {
                    i++;
                }
                if (!NO.contains(next)) {
                    options.add(a);
                }
            } else if (POSITIONAL_NAMES.contains(a)) {
                while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    positional.add(args[++i]);
                }
            } else if (REPEATABLE.contains(a) && i + 1 < args.length) {
                List<String> values = repeated.computeIfAbsent(a, k -> new ArrayList<>());
                values.add(args[++i]);
                while (MANY_VALUES.contains(a) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    values.add(args[++i]);
                }
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
}
