package nl.patroon.shell.support;

import org.jline.utils.AttributedString;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

/** The interactive prompt names the case being worked on, so nobody types into the wrong dossier. */
@Component
public class Prompt implements PromptProvider {
    private final CaseSession session;

    public Prompt(CaseSession session) {
        this.session = session;
    }

    @Override
    public AttributedString getPrompt() {
        String name = session.lastCase().map(p -> p.getFileName().toString()).orElse(Messages.get("prompt.no-case"));
        return new AttributedString("patroon [" + name + "]> ");
    }
}
