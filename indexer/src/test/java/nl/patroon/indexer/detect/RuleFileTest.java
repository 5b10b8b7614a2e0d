package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.rules.RuleFileParser.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileTest {

    @Test
    void addingAPhraseToARuleFileChangesBehaviourWithoutRecompiling(@TempDir Path dir) throws IOException {
        String text = "ik geef je een enkeltje kanaal";
        assertThat(Classifier.labels(RuleDetector.load(dir).detect(text, "nl"))).isEmpty();

        Files.writeString(dir.resolve("extra.rules"), """
                language nl
                rule kill.enkeltje-kanaal
                  category   THREAT_TO_KILL
                  confidence high
                  nl         Verhulde doodsbedreiging ("enkeltje kanaal").
                  en         Veiled death threat ("one-way ticket to the canal").
                  match      (ik|we) (geef|geven) je .. enkeltje (kanaal|sloot)
                """, StandardCharsets.UTF_8);

        RuleDetector reloaded = RuleDetector.load(dir);
        assertThat(reloaded.detect(text, "nl")).extracting(Detection::category, Detection::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Category.THREAT_TO_KILL, "kill.enkeltje-kanaal"));
        // The bundled rules are still there.
        assertThat(Classifier.labels(reloaded.detect("ik maak je af", "nl"))).contains(Category.THREAT_TO_KILL);
    }

    @Test
    void aRuleWithTheSameIdReplacesTheBundledOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("override.rules"), """
                language nl
                rule kill.afmaken
                  category   THREAT_TO_KILL
                  confidence low
                  nl         Testversie.
                  en         Test version.
                  match      ik maak je af
                """, StandardCharsets.UTF_8);
        Detection d = RuleDetector.load(dir).detect("ik maak je af", "nl").stream()
                .filter(x -> x.ruleId().equals("kill.afmaken")).findFirst().orElseThrow();
        assertThat(d.explanationNl()).isEqualTo("Testversie.");
    }

    @Test
    void chatSpellingCanBeExtendedFromTheFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nl.spelling.tsv"), "vrmrd\tvermoord\n", StandardCharsets.UTF_8);
        assertThat(Classifier.labels(RuleDetector.load(dir).detect("ik vrmrd je", "nl")))
                .contains(Category.THREAT_TO_KILL);
    }

    @Test
    void mistakesAreReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.rules"), """
                language nl
                rule x.kapot
                  category   NIET_BESTAAND
                  match      iets
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleDetector.load(dir)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("broken.rules:3");
    }

    @Test
    void unbalancedPatternsAreReportedWithTheRuleOrigin(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.rules"), """
                language nl
                rule x.haakjes
                  category   THREAT_TO_KILL
                  nl         x
                  en         x
                  match      (ik|we maak je af
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleDetector.load(dir)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("broken.rules:2").hasMessageContaining("ontbreekt");
    }
}
