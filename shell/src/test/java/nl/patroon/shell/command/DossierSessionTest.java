package nl.patroon.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import nl.patroon.app.Adapters;
import nl.patroon.app.incidents.Incidents;
import nl.patroon.app.incidents.Proposals;
import nl.patroon.app.review.Review;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.json.Json;
import nl.patroon.core.review.SuggestionSelector;
import nl.patroon.core.search.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 20, acceptance 2 and 3, on the bundled sample case through the commands: the 8 June night confirmed as one
 * incident from four sources (the proposal accepted, then the aangifte's undated paragraphs about that night added
 * to it), the victim's own joke rejected with a reason, an incident added by hand from the aangifte, the officers'
 * observation linked; the analysis shows exactly that, twice byte for byte; the audit log has a line per action;
 * verify passes.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
class DossierSessionTest {
    static final Path SAMPLE = Path.of("..", "samples", "zaak-demo");
    @Autowired
    DemoCommand demo;
    @Autowired
    SuggestionCommands suggestions;
    @Autowired
    IncidentCommands incidentCommands;
    @Autowired
    AnalyseCommand analyse;
    @Autowired
    VerifyCommand verify;
    @Autowired
    ExportCommands export;
    @Autowired
    Review review;
    @Autowired
    Incidents incidents;
    @Autowired
    Proposals proposals;
    @Autowired
    Adapters adapters;
    @TempDir
    Path tmp;

    @Test
    void a_scripted_review_session_on_the_sample_case() throws Exception {
        Path dir = tmp.resolve("zaak");
        demo.demo(dir.toString(), SAMPLE.toString());
        String c = dir.toString();

        // 1. Patroon proposes the 8 June night as one incident; the reviewer accepts it.
        MergeProposal night = proposals.list(dir).stream()
                .filter(p -> p.day().equals(LocalDate.of(2024, 6, 8))).findFirst().orElseThrow();
        assertThat(night.evidenceIds()).contains("E-0001", "E-0003", "E-0004", "E-0005");
        assertThat(incidentCommands.proposals(c)).contains(night.id());
        assertThat(incidentCommands.accept(c, "officier", night.id(), "Doodsbedreiging en verwurging, 8 juni 2024"))
                .contains("I-0001");
        // ... and adds the aangifte's paragraphs about that night, which carry no time of their own.
        List<String> undatedNight = review.list(new Review.ListRequest(dir,
                        SuggestionSelector.byConversation("E-0001"), 500)).items().stream()
                .filter(i -> List.of("E-0001:p1.12", "E-0001:p1.13", "E-0001:p2.13")
                        .contains(i.suggestion().passageId()))
                .map(i -> i.suggestion().id()).toList();
        assertThat(undatedNight).isNotEmpty();
        assertThat(suggestions.confirm(c, "officier", new Review.Selection(undatedNight, null), "I-0001", null))
                .contains("bevestigd in I-0001");

        // 2. The victim's own joke is rejected with a reason.
        String joke = review.list(new Review.ListRequest(dir, SuggestionSelector.byConversation("E-0004"), 500))
                .items().stream().filter(i -> i.passage() != null && i.passage().text().contains("opeet"))
                .findFirst().orElseThrow().suggestion().id();
        assertThat(suggestions.reject(c, "officier", new Review.Selection(List.of(joke), null), "grap"))
                .contains("verworpen: grap");
        assertThatThrownBy(() -> suggestions.reject(c, "officier",
                new Review.Selection(List.of(undatedNight.get(0)), null), "toch niet"))
                .hasMessageContaining("al bevestigd in I-0001");

        // 3. An incident by hand from the aangifte (April), and the officers' own observation linked to the night.
        assertThat(incidentCommands.add(c, "officier", "2024-04-06", null, new String[] {"PHYSICAL_VIOLENCE"},
                "Tegen de muur geduwd; blauwe plek op de arm", new String[] {"E-0001:p2.8s1"}, null, null))
                .contains("I-0002");
        String observation = officersObservation(dir);
        incidentCommands.link(c, "officier", "I-0001", new String[] {observation}, null);

        Incident i1 = incidents.show(dir, "I-0001").incident();
        assertThat(i1.supports().stream().map(SupportingPassage::evidenceId).distinct())
                .containsExactly("E-0001", "E-0002", "E-0003", "E-0004", "E-0005");
        assertThat(i1.categories()).contains(nl.patroon.core.taxonomy.Category.STRANGULATION,
                nl.patroon.core.taxonomy.Category.THREAT_TO_KILL);
        assertThat(incidents.show(dir, "I-0001").corroboration().victimOnly()).isFalse();
        assertThat(incidents.show(dir, "I-0002").corroboration().victimOnly()).isTrue();

        // 4. The analysis shows exactly these two incidents, the same bytes twice.
        String summary = analyse.analyse(c, "285b,285,300,300-4", null);
        assertThat(summary).contains("2 bevestigde incidenten").contains("verwurging: I-0001")
                .contains("Alleen op de verklaring van het slachtoffer: I-0002");
        byte[] first = Files.readAllBytes(dir.resolve("exports/analyse.json"));
        analyse.analyse(c, "285b,285,300,300-4", null);
        assertThat(Files.readAllBytes(dir.resolve("exports/analyse.json"))).isEqualTo(first);
        JsonNode a = Json.mapper().readTree(first);
        assertThat(a.path("incidents").asInt()).isEqualTo(2);
        assertThat(a.path("articles").findValuesAsText("article")).containsExactly("285b", "285", "300", "300-4");

        // The timeline export no longer shows the rejected joke, and shows the night's suggestions as confirmed.
        export.export(c, "json", "werkversie", null, "285b,300-4");
        JsonNode timeline = Json.mapper().readTree(dir.resolve("exports/tijdlijn.json").toFile());
        assertThat(timeline.path("summary").path("incidents").asInt()).as("the summary is the analysis's").isEqualTo(2);
        assertThat(timeline.path("summary").path("articles").findValuesAsText("article")).containsExactly("285b", "300-4");
        assertThat(timeline.path("months").findValues("total").stream().mapToInt(JsonNode::asInt).sum())
                .as("the chart counts dated confirmed incidents, not suggestions")
                .isEqualTo(sum(a.path("months").path("total"))).isPositive();
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (JsonNode entry : timeline.path("entries")) {
            for (JsonNode s : entry.path("suggestions")) {
                shown.put(s.path("id").asText(), s.path("stateNl").asText());
            }
        }
        assertThat(shown).doesNotContainKey(joke).containsEntry(undatedNight.get(0), "bevestigd");

        // 5. One audit line per action, and the case verifies (the analysis is re-hashed as an export).
        List<String> actions = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("audit.log"))) {
            actions.add(Json.mapper().readTree(line).path("action").asText(""));
        }
        assertThat(actions).containsSubsequence("incident.proposal.accept", "review.confirm", "review.reject",
                "incident.add", "incident.link", "export", "export");
        assertThat(actions.stream().filter(x -> x.startsWith("review.") || x.startsWith("incident."))).hasSize(5);
        assertThat(verify.verify(c)).contains("In orde");
    }

    @Test
    void undo_puts_back_the_suggestions_and_the_incident() throws Exception {
        Path dir = tmp.resolve("zaak");
        demo.demo(dir.toString(), SAMPLE.toString());
        String c = dir.toString();
        String id = review.list(new Review.ListRequest(dir, SuggestionSelector.byRule("kill.afmaken"), 5)).items()
                .get(0).suggestion().id();
        suggestions.confirm(c, null, new Review.Selection(List.of(id), null), null, "doodsbedreiging");
        assertThat(incidents.list(dir)).hasSize(1);

        assertThat(suggestions.undo(c, null)).contains("ongedaan");

        assertThat(incidents.list(dir)).isEmpty();
        assertThat(review.list(new Review.ListRequest(dir, SuggestionSelector.byRule("kill.afmaken"), 5)).items()
                .get(0).suggestion().id()).isEqualTo(id);
        assertThat(suggestions.undo(c, null)).contains("niets");
    }

    /** The paragraph of the proces-verbaal van bevindingen in which the officers describe her neck. */
    String officersObservation(Path dir) throws Exception {
        try (CaseWorkspace ws = adapters.open(dir); var search = adapters.search(ws).orElseThrow()) {
            List<SearchHit> hits = search.passagesOf("E-0002");
            TreeSet<String> found = new TreeSet<>();
            hits.stream().filter(h -> h.passage().text().toLowerCase().contains("hals"))
                    .forEach(h -> found.add(h.passage().id()));
            assertThat(found).isNotEmpty();
            return found.first();
        }
    }

    private static int sum(JsonNode numbers) {
        int n = 0;
        for (JsonNode x : numbers) {
            n += x.asInt();
        }
        return n;
    }
}
