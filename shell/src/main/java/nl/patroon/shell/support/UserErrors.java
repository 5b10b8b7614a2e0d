package nl.patroon.shell.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.casefile.CaseStorageException;
import nl.patroon.core.problem.ProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.command.CommandParser.CommandParserException;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.stereotype.Component;

/**
 * Every error a command ends with becomes one line a tired person understands, in the user's language, with what
 * to do, and an exit code for scripts: 2 for a usage error (a mistyped option, a missing file, a bad value), the
 * command's own code for a failed outcome (3: some input failed, 4: the case was altered), 1 for anything
 * unexpected. Spring Shell's English parser messages are translated and a mistyped option gets the nearest one;
 * a stack trace is shown only with {@code --debug}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UserErrors implements CommandExceptionResolver {
    public static final int UNEXPECTED = 1;
    public static final int USER_ERROR = 2;

    private static final Pattern UNRECOGNISED = Pattern.compile("Unrecognised option '(.*)'");
    private static final Pattern MISSING = Pattern.compile("Missing mandatory option '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern ILLEGAL_VALUE = Pattern.compile("Illegal option value '(.*?)', reason '(.*)'",
            Pattern.DOTALL);
    private static final Pattern NOT_ENOUGH = Pattern.compile("Not enough arguments for option '(.*?)'.*");
    private static final Pattern TOO_MANY = Pattern.compile("Too many arguments for option '(.*?)', requires at most '(.*)'");
    /** Positional options: missing, they are not an option the user forgot but the thing the command is about. */
    private static final Set<String> POSITIONAL = Set.of("--query", "--paths", "--dir", "--file");

    private final ObjectProvider<CommandCatalog> catalog;

    public UserErrors(ObjectProvider<CommandCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandHandlingResult resolve(Exception e) {
        if (e instanceof CommandParserExceptionsException parse) {
            List<String> lines = new ArrayList<>();
            for (CommandParserException p : parse.getParserExceptions()) {
                String line = parserMessage(p.getMessage());
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
            // One line: the first problem is the one to fix first (a second is usually its consequence).
            return result(lines.isEmpty() ? Messages.get("error.usage") : lines.get(0), USER_ERROR, e);
        }
        if (e instanceof CommandFailed f) {
            return CommandHandlingResult.of(f.getMessage() + "\n", f.exitCode());
        }
        String usage = usageMessage(e);
        if (usage != null) {
            return result(Messages.get("error.prefix", usage), USER_ERROR, e);
        }
        return result(Messages.get("error.unexpected", e.getMessage() != null ? e.getMessage() : e.toString()),
                UNEXPECTED, e);
    }

    /** The user's own mistake (bad input, a missing file or case), in Dutch or English; null when it is not one. */
    static String usageMessage(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return usageMessage(u.getCause());
        }
        if (e instanceof NoSuchFileException n) {
            return Messages.get("error.no-such-file", n.getFile());
        }
        if (e instanceof AccessDeniedException a) {
            return Messages.get("error.access-denied", a.getFile());
        }
        if (e instanceof IOException io) {
            return Messages.get("error.io", io.getMessage());
        }
        if (e instanceof ProblemException p) {
            return Messages.problem(p.problem());
        }
        if (e instanceof CaseStorageException c) {
            return c.problem().map(Messages::problem).orElse(c.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return null;
    }

    private static CommandHandlingResult result(String line, int exitCode, Exception e) {
        StringBuilder sb = new StringBuilder(Colour.error(line)).append('\n');
        if (RunFlags.debug()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            sb.append(trace);
        }
        return CommandHandlingResult.of(sb.toString(), exitCode);
    }

    String parserMessage(String message) {
        Matcher m = UNRECOGNISED.matcher(message);
        if (m.matches()) {
            String option = m.group(1);
            return Nearest.to(option, optionNames())
                    .map(near -> Messages.get("error.option.unknown.near", option, near))
                    .orElseGet(() -> Messages.get("error.option.unknown", option));
        }
        m = MISSING.matcher(message);
        if (m.matches()) {
            String option = m.group(1);
            return POSITIONAL.contains(option) ? Messages.get("error.option.missing" + option.replace("--", "."))
                    : Messages.get("error.option.missing", option);
        }
        m = ILLEGAL_VALUE.matcher(message);
        if (m.matches()) {
            boolean number = m.group(2).contains("[int]") || m.group(2).contains("Integer");
            return Messages.get(number ? "error.option.value.number" : "error.option.value", m.group(1));
        }
        m = NOT_ENOUGH.matcher(message);
        if (m.matches()) {
            return Messages.get("error.option.no-value", m.group(1));
        }
        m = TOO_MANY.matcher(message);
        if (m.matches()) {
            return Messages.get("error.option.too-many", m.group(1));
        }
        return Messages.get("error.usage");
    }

    /**
     * Every option name of every command. The parser's message does not say which command it parsed; an option
     * that is nearest in another command is still the likelier slip than none at all.
     */
    private Set<String> optionNames() {
        Set<String> names = new TreeSet<>();
        CommandCatalog c = catalog.getIfAvailable();
        if (c != null) {
            for (CommandRegistration r : c.getRegistrations().values()) {
                r.getOptions().forEach(o -> {
                    for (String n : o.getLongNames()) {
                        names.add("--" + n);
                    }
                });
            }
        }
        return names;
    }

    /** A command ran but its outcome is a failure the caller must see in the exit code (e.g. failed files). */
    public static final class CommandFailed extends RuntimeException {
        private final int exitCode;

        public CommandFailed(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
