package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.app.incidents.Incidents;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.app.review.Review;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.shell.support.CaseSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.Shell;

/**
 * Tab after an option offers its values: formats, categories, roles, articles, paths, and the parties, open
 * suggestions and incidents of the case named on the line or of this session.
 */
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
    @Autowired
    Ingest ingest;
    @Autowired
    Review review;
    @Autowired
    Incidents incidents;

    @org.junit.jupiter.api.BeforeEach
    void noCaseChosen() {
        org.springframework.test.util.ReflectionTestUtils.setField(session, "current", null);
    }

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
    void open_suggestions_and_incidents_of_the_case_on_the_line_or_of_this_session() throws Exception {
        Path dir = tmp.resolve("zaak");
        createCase.run(new CreateCase.Request(dir, new Parketnummer("10/123456-24"), null));
        Path note = Files.writeString(tmp.resolve("verklaring.txt"), "Hij zei: ik maak je af.\n");
        ingest.run(new Ingest.Request(dir, List.of(note), false, 1, null, null, List.of(), null));
        List<String> open = review.inState(dir, ReviewState.OPEN).stream().map(s -> s.id()).toList();
        assertThat(open).isNotEmpty();
        incidents.add(new Incidents.Add(dir, "test", "2024-06-08", null, List.of(Category.THREAT_TO_KILL),
                "Doodsbedreiging", List.of(), SourceOrigin.VICTIM, Actor.SUSPECT));
        // Named on the line: nothing remembered yet.
        assertThat(ids("S-", complete("suggestie", "bevestig", "--case", dir.toString(), "--ids", "")))
                .containsExactlyElementsOf(open);
        assertThat(complete("suggestion", "reject", "--case", dir.toString(), "--ids", "S-")).containsAll(open);
        assertThat(ids("I-", complete("suggestie", "bevestig", "--case", dir.toString(), "--incident", "")))
                .containsExactly("I-0001");
        // The session's case.
        session.remember(dir);
        assertThat(ids("I-", complete("incident", "toon", "--id", ""))).containsExactly("I-0001");
        assertThat(ids("I-", complete("incident", "samenvoegen", "--ids", ""))).containsExactly("I-0001");
        assertThat(ids("I-", complete("incident", "koppel", "--id", ""))).containsExactly("I-0001");
        assertThat(complete("suggestie", "terzijde", "--ids", "")).containsAll(open);
        // A confirmed suggestion is no longer offered.
        review.confirm(new Review.Confirm(dir, "test", new Review.Selection(List.of(open.get(0)), null), "I-0001",
                null));
        assertThat(complete("suggestie", "verwerp", "--ids", "")).doesNotContain(open.get(0));
    }

    /** Option values only: a list option is also offered the names of the other options. */
    static List<String> ids(String prefix, List<String> proposals) {
        return proposals.stream().filter(v -> v.startsWith(prefix)).toList();
    }

    @Test
    void no_ids_without_a_case() {
        assertThat(complete("suggestie", "bevestig", "--ids", "")).noneMatch(v -> v.startsWith("S-"));
        assertThat(complete("incident", "toon", "--id", "")).noneMatch(v -> v.startsWith("I-"));
    }

    @Test
    void the_legal_articles_one_after_another_in_a_comma_separated_list() {
        assertThat(complete("analyseer", "--articles", ""))
                .contains("284", "285", "285b", "300", "300-4", "350", "139h");
        List<String> next = complete("analyse", "--artikelen", "285b,3");
        assertThat(next).contains("285b,300", "285b,300-4", "285b,350").doesNotContain("285b,285b");
    }

    @Test
    void paths_under_what_was_typed() throws Exception {
        Files.createDirectories(tmp.resolve("stukken"));
        Files.writeString(tmp.resolve("stukken/aangifte.pdf"), "x");
        assertThat(complete("inlezen", "--paths", tmp + "/stukken/")).contains(tmp + "/stukken/aangifte.pdf");
    }
}
