package nl.patroon.shell.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.result.CommandNotFoundMessageProvider;
import org.springframework.stereotype.Component;

/** "No command found for 'serach x'" becomes a sentence in the user's language with the nearest command. */
@Component
public class UnknownCommand implements CommandNotFoundMessageProvider {
    @Override
    public String apply(ProviderContext context) {
        List<String> words = context.commands();
        String typed = words.isEmpty() ? "" : words.get(0);
        return Colour.error(message(typed, words.size() > 1 ? words.get(1) : null, context.registrations()));
    }

    static String message(String first, String second, Map<String, CommandRegistration> registrations) {
        Set<String> names = new TreeSet<>();
        registrations.values().forEach(r -> {
            names.add(r.getCommand());
            r.getAliases().forEach(a -> names.add(a.getCommand()));
        });
        // A two-word command mistyped in either word ("partij lijts", "zaak niuew").
        String nearest = Nearest.to(second == null ? first : first + " " + second, names)
                .or(() -> Nearest.to(first, names)).orElse(null);
        return nearest != null ? Messages.get("error.command.unknown.near", first, nearest)
                : Messages.get("error.command.unknown", first);
    }
}
