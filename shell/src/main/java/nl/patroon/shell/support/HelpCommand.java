package nl.patroon.shell.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;

/**
 * {@code help}/{@code hulp} in the user's language, replacing Spring Shell's English one; {@code --help} and
 * {@code -h} on any command land here too (Spring Shell hands them to the command named "help"). Descriptions come
 * from the message bundle ({@code cmd.<command>}, {@code opt.<option>}), the registration's own text otherwise.
 */
@Configuration
public class HelpCommand {
    private final CommandCatalog catalog;

    public HelpCommand(@Lazy CommandCatalog catalog) {
        this.catalog = catalog;
    }

    @Bean
    CommandRegistration helpRegistration(CommandRegistration.BuilderSupplier builder) {
        return builder.get()
                .command("help").group("Algemeen")
                .description("Toon de opdrachten, of de opties van één opdracht.")
                .withAlias().command("hulp").and()
                .withOption().longNames("command", "opdracht").type(String[].class).position(0).arity(0, 2)
                .description("opdracht").and()
                .withTarget().function(ctx -> help(ctx.getOptionValue("command"))).and()
                .build();
    }

    public String help(String[] command) {
        if (command == null || command.length == 0) {
            return overview();
        }
        String name = String.join(" ", command).strip();
        return find(name).map(HelpCommand::describe)
                .orElseThrow(() -> new IllegalArgumentException(UnknownCommand.message(command[0],
                        command.length > 1 ? command[1] : null, catalog.getRegistrations())));
    }

    private Optional<CommandRegistration> find(String name) {
        return catalog.getRegistrations().values().stream()
                .filter(r -> r.getCommand().equals(name)
                        || r.getAliases().stream().anyMatch(a -> a.getCommand().equals(name)))
                .findFirst();
    }

    private String overview() {
        Map<String, List<CommandRegistration>> byGroup = new TreeMap<>();
        for (CommandRegistration r : catalog.getRegistrations().values()) {
            if (r.isHidden()) {
                continue;
            }
            byGroup.computeIfAbsent(r.getGroup() == null ? "Algemeen" : r.getGroup(), g -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder(Messages.get("help.title")).append('\n');
        byGroup.forEach((group, registrations) -> {
            sb.append('\n').append(Messages.getOr("group." + group, group)).append('\n');
            registrations.stream().distinct()
                    .sorted((a, b) -> a.getCommand().compareTo(b.getCommand()))
                    .forEach(r -> sb.append(String.format("  %-34s %s%n", names(r), description(r))));
        });
        sb.append('\n').append(Messages.get("help.global"));
        return sb.toString();
    }

    private static String names(CommandRegistration r) {
        String aliases = r.getAliases().stream().map(a -> a.getCommand()).collect(Collectors.joining(", "));
        return aliases.isEmpty() ? r.getCommand() : r.getCommand() + " (" + aliases + ")";
    }

    private static String description(CommandRegistration r) {
        return Messages.getOr("cmd." + r.getCommand().replace(' ', '.'), r.getDescription() == null ? ""
                : r.getDescription());
    }

    static String describe(CommandRegistration r) {
        StringBuilder sb = new StringBuilder(names(r)).append(" — ").append(description(r)).append('\n');
        List<CommandOption> options = r.getOptions().stream()
                .filter(o -> !Arrays.asList(o.getLongNames()).contains("help")).toList();
        if (!options.isEmpty()) {
            sb.append('\n').append(Messages.get("help.options")).append('\n');
        }
        for (CommandOption o : options) {
            String names = Arrays.stream(o.getLongNames()).map(n -> "--" + n).collect(Collectors.joining(", "));
            List<String> notes = new ArrayList<>();
            if (o.getPosition() >= 0) {
                notes.add(Messages.get("help.positional"));
            }
            if (o.isRequired()) {
                notes.add(Messages.get("help.required"));
            }
            if (o.getDefaultValue() != null && !o.getDefaultValue().isEmpty()
                    && !"__NULL__".equals(o.getDefaultValue())) {
                notes.add(Messages.get("help.default", o.getDefaultValue()));
            }
            String first = o.getLongNames().length > 0 ? o.getLongNames()[0] : "";
            String text = Messages.getOr("opt." + r.getCommand().replace(' ', '.') + "." + first,
                    Messages.getOr("opt." + first, o.getDescription() == null ? "" : o.getDescription()));
            sb.append(String.format("  %-34s %s%s%n", names, text,
                    notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")"));
        }
        sb.append('\n').append(Messages.get("help.global"));
        return sb.toString();
    }
}
