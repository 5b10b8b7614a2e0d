package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

/**
 * Frames (actor - act - target from the concept lexicons) catch a phrasing in any person, tense or voice;
 * negation, hypotheticals and jokes bear on their own clause, not on the whole message.
 */
class FrameAndScopeTest {
    private static final RuleDetector RULES = RuleDetector.bundled();

    private static Set<Category> labels(String text, String lang) {
        return Classifier.labels(RULES.detect(text, lang));
    }

    private static Confidence confidenceOf(String text, String lang, Category c) {
        return RULES.detect(text, lang).stream().filter(d -> d.category() == c).map(Detection::confidence)
                .min(Enum::compareTo).orElseThrow(() -> new AssertionError(c + " not found in: " + text));
    }

    @Test
    void strangulationAcrossPersonTenseAndVoice() {
        for (String text : List.of("ik knijp je keel dicht", "hij kneep mijn keel dicht",
                "verdachte heeft aangeefster bij de hals vastgepakt en dichtgeknepen",
                "papa had zijn handen om mama haar nek", "aangeefster werd door verdachte bij de keel gegrepen")) {
            assertThat(labels(text, "nl")).as(text).contains(Category.STRANGULATION);
        }
        for (String text : List.of("he squeezed my neck", "he had his hands around her throat",
                "the suspect grabbed the complainant by the throat", "i'll choke you")) {
            assertThat(labels(text, "en")).as(text).contains(Category.STRANGULATION);
        }
    }

    @Test
    void strangulationFramesKeepOutOfFiguresOfSpeechAndSport() {
        for (String text : List.of("ik heb keelpijn en mijn nek is stijf", "bij judo pakte hij me in een nekklem, au",
                "hij haalde zich de woede van de trainer op de hals")) {
            assertThat(labels(text, "nl")).as(text).doesNotContain(Category.STRANGULATION);
        }
        assertThat(labels("i've got a sore throat and a stiff neck", "en")).doesNotContain(Category.STRANGULATION);
    }

    @Test
    void violenceDescribedInAnyPersonOrVoice() {
        for (String text : List.of("verdachte sloeg aangeefster", "hij heeft haar geslagen", "ik werd door hem geschopt",
                "papa schopte mama tegen haar buik")) {
            assertThat(labels(text, "nl")).as(text).contains(Category.PHYSICAL_VIOLENCE);
        }
        for (String text : List.of("he punched her", "I was kicked by my ex", "the suspect hit the complainant")) {
            assertThat(labels(text, "en")).as(text).contains(Category.PHYSICAL_VIOLENCE);
        }
    }

    @Test
    void reportedThreatsAreThreatsNotTheVictimsFear() {
        assertThat(labels("aangeefster verklaarde dat verdachte dreigde haar te vermoorden", "nl"))
                .contains(Category.THREAT_TO_KILL);
        assertThat(labels("hij zei dat hij me zou doodmaken", "nl")).contains(Category.THREAT_TO_KILL);
        assertThat(labels("he threatened to kill her", "en")).contains(Category.THREAT_TO_KILL);
        assertThat(labels("i thought he was going to kill me", "en")).doesNotContain(Category.THREAT_TO_KILL);
    }

    @Test
    void threatsAgainstANewPartnerOrFamily() {
        assertThat(labels("zie ik die gast nog een keer bij je dan trap ik hem in elkaar", "nl"))
                .contains(Category.THREAT_TO_OTHERS);
        assertThat(labels("tell your new bloke he's a dead man", "en")).contains(Category.THREAT_TO_OTHERS);
        assertThat(labels("ik kom je om 8 uur halen, sta dan buiten", "nl")).isEmpty();
    }

    @Test
    void aNegationInTheConditionDoesNotNegateTheThreat() {
        assertThat(confidenceOf("als je morgen niet thuis bent dan maak ik je af", "nl", Category.THREAT_TO_KILL))
                .isEqualTo(Confidence.HIGH);
        assertThat(confidenceOf("als je niet thuis bent maak ik je af", "nl", Category.THREAT_TO_KILL))
                .isEqualTo(Confidence.HIGH);
        assertThat(confidenceOf("if you don't pick up i'll kill you", "en", Category.THREAT_TO_KILL))
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void aNegationInTheThreatsOwnClauseStillLowersIt() {
        assertThat(confidenceOf("ik maak je niet af", "nl", Category.THREAT_TO_KILL)).isEqualTo(Confidence.LOW);
        assertThat(confidenceOf("ik maak je nooit af", "nl", Category.THREAT_TO_KILL)).isEqualTo(Confidence.LOW);
    }

    @Test
    void aNegationInAnotherClauseDoesNot() {
        assertThat(confidenceOf("nee, ik maak je af", "nl", Category.THREAT_TO_KILL)).isEqualTo(Confidence.HIGH);
        assertThat(confidenceOf("ik weet het niet meer. ik maak je af", "nl", Category.THREAT_TO_KILL))
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void aLaughBearsOnItsSentenceAndLaterOnesButNotOnAnEarlierOne() {
        assertThat(confidenceOf("ik maak je af 😂", "nl", Category.THREAT_TO_KILL)).isEqualTo(Confidence.LOW);
        assertThat(confidenceOf("ik vermoord je als je mijn chips opeet 😂", "nl", Category.THREAT_TO_KILL))
                .isEqualTo(Confidence.LOW);
        assertThat(confidenceOf("ik maak je af. hahaha", "nl", Category.THREAT_TO_KILL)).isEqualTo(Confidence.LOW);
        assertThat(confidenceOf("haha leuk filmpje. maar serieus: als je weggaat maak ik je af", "nl",
                Category.THREAT_TO_KILL)).isEqualTo(Confidence.HIGH);
    }
}
