package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.json.Json;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.timeline.MessageMerger;
import nl.patroon.core.timeline.TimelineBuilder.SourcedPassage;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same WhatsApp conversation exported from the suspect's Android phone and from the victim's iPhone
 * (samples/zaak-demo 04 and 05): each message appears once, attributed to the right party, although each
 * phone names the other person differently.
 */
class BothPhonesTest {
    static final Path SAMPLE = Path.of("..", "samples", "zaak-demo");

    @TempDir
    Path tmp;

    @Test
    void each_message_is_shown_once_and_attributed_to_the_right_party() throws Exception {
        List<Passage> chat = new ArrayList<>();
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            CaseFile file = ws.caseFile();
            for (JsonNode p : Json.mapper().readTree(SAMPLE.resolve("zaak.json").toFile()).path("parties")) {
                List<String> aliases = new ArrayList<>();
                p.path("aliases").forEach(a -> aliases.add(a.asText()));
                file = file.withParty(PartyRole.parse(p.path("role").asText()), p.path("name").asText(), aliases);
            }
            ws.update(file, "party.add", Map.of());
            new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                    .run(List.of(SAMPLE.resolve("04-whatsapp-mark-android.txt"),
                            SAMPLE.resolve("05-whatsapp-sanne-ios.txt")));
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                s.allPassages().forEach(h -> chat.add(h.passage()));
            }
        }
        List<Passage> android = chat.stream().filter(p -> p.evidenceId().equals("E-0001") && !p.system()).toList();
        List<Passage> ios = chat.stream().filter(p -> p.evidenceId().equals("E-0002") && !p.system()).toList();
        // Counted by hand from the two files: Android has 228 authored lines, 4 of them app lines (media
        // omitted, deleted, location); iOS has 87, 3 of them app lines (encryption notice, image omitted,
        // blocked). Of the 84 iOS messages, 81 are also in the Android export; 3 exist only on her phone
        // (he deleted them on his).
        assertThat(android).hasSize(224);
        assertThat(ios).hasSize(84);

        assertThat(android).extracting(Passage::partyId).containsOnly("P-01", "P-02");
        assertThat(ios).extracting(Passage::partyId).containsOnly("P-01", "P-02");
        assertThat(ios).extracting(Passage::author).contains("Mark").doesNotContain("Mark de Vries");

        List<MessageMerger.Merged> merged = MessageMerger.merge(chat.stream()
                .filter(p -> !p.system()).map(p -> new SourcedPassage(p, "x")).toList());

        assertThat(merged).hasSize(224 + 3);
        assertThat(merged.stream().filter(m -> !m.copies().isEmpty())).hasSize(81)
                .allSatisfy(m -> assertThat(m.copies()).singleElement().satisfies(c -> {
                    assertThat(c.passage().evidenceId()).isNotEqualTo(m.primary().passage().evidenceId());
                    assertThat(c.passage().partyId()).isEqualTo(m.primary().passage().partyId());
                    assertThat(c.passage().text().strip()).isEqualTo(m.primary().passage().text().strip());
                }));
    }
}
