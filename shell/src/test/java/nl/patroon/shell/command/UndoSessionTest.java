package nl.patroon.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.patroon.app.Adapters;
import nl.patroon.app.incidents.Incidents;
import nl.patroon.app.incidents.Proposals;
import nl.patroon.app.review.Review;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.review.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Undo of the incident actions that move suggestions and passages between incidents, on the bundled sample case:
 * accepting a merge proposal, splitting an incident and unlinking a passage are each put back exactly, incidents and
 * the suggestions' decisions alike.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
class UndoSessionTest {
    @Autowired
    DemoCommand demo;
    @Autowired
    Review review;
    @Autowired
    Incidents incidents;
    @Autowired
    Proposals proposals;
    @Autowired
    Adapters adapters;
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    Path dir;
    MergeProposal night;

    /** The sample case is ingested once; each test works on its own copy. */
    @BeforeEach
    void sampleCase() throws Exception {
        Path ingested = shared.resolve("zaak");
        if (!Files.exists(ingested)) {
            demo.demo(ingested.toString(), DossierSessionTest.SAMPLE.toString());
        }
        dir = tmp.resolve("zaak");
        copy(ingested, dir);
        night = proposals.list(dir).stream().filter(p -> p.day().equals(LocalDate.of(2024, 6, 8))).findFirst()
                .orElseThrow();
    }

    @Test
    void undoing_an_accepted_proposal_removes_its_incident_reopens_its_suggestions_and_proposes_it_again()
            throws Exception {
        Incident accepted = accept();
        assertThat(decisions(night.suggestionIds()).values()).allMatch(d -> d.equals(Decision.confirmed(accepted.id())));

        assertThat(undo()).isTrue();

        assertThat(incidents.list(dir)).isEmpty();
        assertThat(decisions(night.suggestionIds()).values()).allMatch(d -> d.state() == ReviewState.OPEN);
        assertThat(proposals.list(dir)).extracting(MergeProposal::day).contains(LocalDate.of(2024, 6, 8));
    }

    @Test
    void undoing_a_split_gives_the_passages_and_their_suggestions_back_to_the_incident() throws Exception {
        Incident before = accept();
        List<SupportingPassage> moving = before.supports().stream().filter(s -> s.evidenceId().equals("E-0004"))
                .toList();
        assertThat(moving).isNotEmpty();

        Incident split = incidents.split(new Incidents.Split(dir, "officier", before.id(),
                moving.stream().map(SupportingPassage::passageId).toList(), null));
        assertThat(split.id()).isNotEqualTo(before.id());
        assertThat(incidents.list(dir)).hasSize(2);

        assertThat(undo()).isTrue();

        assertThat(incidents.list(dir)).extracting(Incidents.Listed::incident).containsExactly(before);
        assertThat(decisions(before.suggestionIds()).values()).allMatch(d -> d.equals(Decision.confirmed(before.id())));
    }

    @Test
    void undoing_an_unlink_puts_the_passage_back_and_confirms_its_suggestion_again() throws Exception {
        Incident before = accept();
        SupportingPassage gone = before.supports().stream().filter(s -> !s.suggestionId().isEmpty()).findFirst()
                .orElseThrow();

        Incident after = incidents.unlink(new Incidents.Unlink(dir, "officier", before.id(),
                List.of(gone.passageId())));
        assertThat(after.supports()).doesNotContain(gone);
        assertThat(decisions(List.of(gone.suggestionId())).get(gone.suggestionId()).state())
                .isEqualTo(ReviewState.OPEN);

        assertThat(undo()).isTrue();

        assertThat(incidents.show(dir, before.id()).incident()).isEqualTo(before);
        assertThat(decisions(List.of(gone.suggestionId())).get(gone.suggestionId()))
                .isEqualTo(Decision.confirmed(before.id()));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private Incident accept() throws Exception {
        return proposals.accept(new Proposals.Decide(dir, "officier", night.id(), "De nacht van 8 juni 2024"));
    }

    private boolean undo() {
        return review.undo(new Review.Undo(dir, "officier")).isPresent();
    }

    private Map<String, Decision> decisions(List<String> suggestionIds) {
        try (CaseWorkspace ws = adapters.open(dir)) {
            return ws.reviews().decisions(suggestionIds);
        }
    }
}
