package nl.patroon.indexer.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.json.Json;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;

/**
 * A worker's outcome crosses the process boundary as its end line: each kind must come back as the same kind, so the
 * ingest can tell a split that failed from an unreadable item without reading the reason's words.
 */
class WorkerOutcomeTest {

    @Test
    void every_answer_kind_survives_the_workers_end_line() throws Exception {
        Passage p = new Passage("E-0001", Locator.message(1, 1), null, "a@example.nl", null, "nl", false, "tekst");
        List<WorkerOutcome> outcomes = List.of(
                new WorkerOutcome.Answered(new SourceResult.Read(SourceKind.EMAIL, List.of(p), Map.of("subject", "x"))),
                new WorkerOutcome.Answered(new SourceResult.Skipped("e-mail zonder onderwerp en tekst")),
                new WorkerOutcome.Answered(new SourceResult.Failed("bijlagen uitpakken mislukt: lijkt op een bijlage")),
                new WorkerOutcome.PartsNotSplit("geen ruimte op het apparaat"));

        for (WorkerOutcome sent : outcomes) {
            List<Passage> streamed = sent.asRead() instanceof SourceResult.Read r ? r.passages() : List.of();
            String line = Json.mapper().writeValueAsString(ParseReply.endOf(sent));

            assertThat(Json.mapper().readValue(line, ParseReply.class).toOutcome(streamed)).isEqualTo(sent);
        }
    }

    @Test
    void a_read_the_pool_gave_up_on_fails_with_the_last_problem_and_the_attempts() {
        WorkerOutcome gaveUp = new WorkerOutcome.GaveUp("time-out na 4 s: werkproces vastgelopen en gestopt", 2);

        assertThat(gaveUp.asRead()).isEqualTo(
                new SourceResult.Failed("time-out na 4 s: werkproces vastgelopen en gestopt (2 pogingen)"));
    }
}
