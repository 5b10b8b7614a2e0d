package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.indexer.fixtures.EvidenceFiles;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phrasing added to a rule file reaches a case that was already ingested, without reading originals again. */
class RedetectionTest {
    static final String RULE = """
            language nl

            rule test.vissen
              category   THREAT_TO_KILL
              confidence high
              nl         Dreigt dat het slachtoffer in het water eindigt.
              en         Threatens the victim will end up in the water.
              match      voer voor de vissen
            """;

    @TempDir
    Path tmp;

    @Test
    void a_new_rule_finds_its_phrase_in_an_ingested_case() throws Exception {
        Path chat = EvidenceFiles.text(tmp.resolve("in/chat.txt"),
                "12-03-2024 22:15 - Mark: straks ben je voer voor de vissen\n12-03-2024 22:16 - Mark: ik maak je af\n");
        try (CaseWorkspace ws = CaseWorkspace.create(tmp.resolve("zaak"), new Parketnummer("10/123456-24"), null,
                Clock.systemUTC(), "t")) {
            new IngestRunner(ws, SourceRegistry.discover(), RuleDetector.bundled(),
                    new SourceContext(ZoneId.of("Europe/Amsterdam"), false), IngestListener.NONE, Clock.systemUTC())
                    .run(List.of(chat));
            assertThat(ws.suggestions().all()).extracting(Suggestion::ruleId).doesNotContain("test.vissen");

            Path rules = Files.createDirectories(tmp.resolve("regels"));
            Files.writeString(rules.resolve("eigen.rules"), RULE);
            Redetection.Summary summary = Redetection.run(ws, RuleDetector.load(rules));

            assertThat(summary.items()).isEqualTo(1);
            assertThat(ws.suggestions().all()).filteredOn(s -> s.ruleId().equals("test.vissen"))
                    .singleElement().satisfies(s -> assertThat(s.matched()).isEqualTo("voer voor de vissen"));
            assertThat(ws.suggestions().all()).extracting(Suggestion::ruleId).contains("kill.afmaken");
            try (PassageSearcher s = new PassageSearcher(ws.indexDir())) {
                assertThat(s.passageCount()).isEqualTo(2);
                assertThat(s.search("category:THREAT_TO_KILL", 10).totalHits()).isEqualTo(2);
            }
        }
    }
}
