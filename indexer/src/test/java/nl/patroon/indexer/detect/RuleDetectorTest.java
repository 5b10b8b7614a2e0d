package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class RuleDetectorTest {
    private static final RuleDetector RULES = RuleDetector.bundled();

    private static List<Category> categories(String text, String lang) {
        return RULES.detect(text, lang).stream().map(Detection::category).toList();
    }

    private static Detection only(String text, String lang, Category c) {
        List<Detection> ds = RULES.detect(text, lang).stream().filter(d -> d.category() == c).toList();
        assertThat(ds).as("%s in %s", c, text).hasSize(1);
        return ds.get(0);
    }

    @Test
    void deathThreatIsFoundWithItsSpanRuleAndDutchExplanation() {
        String text = "luister goed. k maak jou morgen af";
        Detection d = only(text, "nl", Category.THREAT_TO_KILL);
        assertThat(text.substring(d.start(), d.end())).isEqualTo("k maak jou morgen af");
        assertThat(d.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(d.ruleId()).isNotBlank();
        assertThat(d.explanationNl()).contains("doden");
        assertThat(d.explanationEn()).isNotBlank();
    }

    @Test
    void conjugationsWordOrderAndChatSpellingAreCovered() {
        assertThat(categories("ik vermoord je", "nl")).contains(Category.THREAT_TO_KILL);
        assertThat(categories("ik ga je vermoorden", "nl")).contains(Category.THREAT_TO_KILL);
        assertThat(categories("als je weggaat dan maak ik je af", "nl")).contains(Category.THREAT_TO_KILL);
        assertThat(categories("ikkk maaak jeeee afff", "nl")).contains(Category.THREAT_TO_KILL);
        assertThat(categories("IM GONNA KILL U", "en")).contains(Category.THREAT_TO_KILL);
    }

    @Test
    void jokingLowersConfidenceButKeepsTheHit() {
        Detection d = only("ik maak je af in fifa vanavond 😂", "nl", Category.THREAT_TO_KILL);
        assertThat(d.confidence()).isEqualTo(Confidence.LOW);
        assertThat(d.attributes().joking()).isTrue();
        assertThat(d.attributes().cues()).contains("😂");
        assertThat(d.explanationNl()).contains("grap");
    }

    @Test
    void negationIsFlaggedAndLowersConfidence() {
        Detection d = only("he never choked me", "en", Category.STRANGULATION);
        assertThat(d.attributes().negated()).isTrue();
        assertThat(d.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void victimFearIsNeverAThreatByHer() {
        assertThat(categories("ik ben zo bang dat hij me vermoordt", "nl"))
                .contains(Category.VICTIM_FEAR).doesNotContain(Category.THREAT_TO_KILL);
    }

    @Test
    void figuresOfSpeechAreNotThreats() {
        for (String benign : List.of("ik ga dood van het lachen", "ik ben doodmoe", "ik schiet even naar de winkel",
                "we maken ze af zaterdag", "ik hang op", "het is moordend heet")) {
            assertThat(Classifier.labels(RULES.detect(benign, "nl"))).as(benign).isEmpty();
        }
    }

    @Test
    void reportedSpeechSetsTheModality() {
        Detection d = only("aangeefster verklaarde dat hij zei: ik maak je af", "nl", Category.THREAT_TO_KILL);
        assertThat(d.attributes().modality()).isEqualTo("reported_speech");
        assertThat(d.authorsAct()).isFalse();
    }

    @Test
    void oneMessageCarriesSeveralLabels() {
        assertThat(categories("als je weggaat maak ik je af en zie je de kinderen nooit meer", "nl"))
                .contains(Category.SEPARATION, Category.THREAT_TO_KILL, Category.CUSTODY_THREAT, Category.COERCION);
    }

    @Test
    void severityDistinguishesSimpleFromSeriousViolence() {
        assertThat(only("ik sla je het ziekenhuis in", "nl", Category.THREAT_OF_VIOLENCE).attributes().severity())
                .isEqualTo("serious");
        assertThat(only("ik steek je huis in de fik", "nl", Category.THREAT_OF_VIOLENCE).attributes().severity())
                .isEqualTo("arson");
    }

    @Test
    void languageIsGuessedWhenUnknown() {
        assertThat(categories("you're dead when i find you", null)).contains(Category.THREAT_TO_KILL);
        assertThat(categories("je bent dood als ik je vind", null)).contains(Category.THREAT_TO_KILL);
    }

    @Test
    void sameTextGivesSameDetections() {
        String text = "ik weet waar je moeder woont en ik steek je neer";
        assertThat(RULES.detect(text, "nl")).isEqualTo(RULES.detect(text, "nl"));
    }
}
