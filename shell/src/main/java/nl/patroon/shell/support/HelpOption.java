package nl.patroon.shell.support;

import org.springframework.shell.command.CommandRegistration;

/**
 * {@code --help} and {@code -h} on a command registered with {@code CommandRegistration.builder()} directly
 * (Spring Shell adds them only to builders from its {@code BuilderSupplier}); they lead to {@link HelpCommand}.
 */
public final class HelpOption {
    private HelpOption() {
    }

    public static CommandRegistration.Builder builder() {
        CommandRegistration.Builder b = CommandRegistration.builder();
        b.withHelpOptions().enabled(true).longNames("help").shortNames('h').command("help");
        return b;
    }
}
