package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.shell.support.CaseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.Shell;

/** Tab after an option offers its values: formats, categories, roles, this session's parties, paths. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
@Import(NonInteractive.CapturedTerminal.class)
class CompletionTest {
    @Autowired
    Shell shell;
    @Autowired
    CaseSession session;
    @Autowired
    CreateCase createCase;
    @Autowired
    AddParty addParty;

    @TempDir
    Path tmp;

    List<String> complete(String... words) {
        CompletionContext ctx = new CompletionContext(List.of(words), words.length - 1,
                words[words.length - 1].length(), null, null);
        return shell.complete(ctx).stream().map(CompletionProposal::value).toList();
    }

    @Test
    void formats_roles_and_categories() {
        assertThat(complete("exporteer", "--format", "")).contains("json", "html");
        assertThat(complete("partij", "toevoegen", "--role", "")).contains("slachtoffer", "verdachte", "getuige");
        assertThat(complete("zoek", "--query", "")).contains("category:THREAT_TO_KILL", "category:STRANGULATION");
    }

    @Test
    void the_parties_of_this_sessions_case() {
        Path dir = tmp.resolve("zaak");
        createCase.run(new CreateCase.Request(dir, new Parketnummer("10/123456-24"), null));
        addParty.run(new AddParty.Request(dir, PartyRole.parse("verdachte"), "Mark de Vries", List.of()));
        session.remember(dir);
        assertThat(complete("partij", "koppel", "--party", "")).contains("P-01");
    }

    @Test
    void paths_under_what_was_typed() throws Exception {
        Files.createDirectories(tmp.resolve("stukken"));
        Files.writeString(tmp.resolve("stukken/aangifte.pdf"), "x");
        assertThat(complete("inlezen", "--paths", tmp + "/stukken/")).contains(tmp + "/stukken/aangifte.pdf");
    }
}
