package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

/**
 * The noise issue 19 measured in a two-phone case (paraphrased there; fictional phrasings here): ordinary
 * messages of friends and family that the rules used to label, next to the behaviour they must still find.
 */
class RealCaseNoiseTest {
    private static final RuleDetector RULES = RuleDetector.bundled();

    private static Set<Category> labels(String text) {
        return Classifier.labels(RULES.detect(text, "nl"));
    }

    @Test
    void aFriendOfferingToDriveBecauseSheHasToBeUpEarlyIsNoSuicideThreat() {
        assertThat(labels("ik breng je wel even, ik ben er morgen niet meer voor je want ik moet vroeg op"))
                .doesNotContain(Category.SUICIDE_THREAT);
        assertThat(labels("ik ben er morgen niet meer voor je, let maar op")).contains(Category.SUICIDE_THREAT);
    }

    @Test
    void aFilmReviewWithAKnifeEmojiIsNoWeapon() {
        assertThat(labels("die film met dat 🔪 was echt eng, hij stond met een mes achter haar"))
                .doesNotContain(Category.WEAPON);
        assertThat(labels("hij stond met een mes voor mijn neus en zei dat ik moest oppassen")).contains(Category.WEAPON);
    }

    @Test
    void aLaughingRequestToDeleteAPhotoIsNoIsolation() {
        assertThat(labels("hahaha haal die foto weg!!")).isEmpty();
        assertThat(labels("verwijder die foto nu, die is echt lelijk haha")).isEmpty();
        assertThat(labels("delete die foto")).isEmpty();
        assertThat(labels("blokkeer die gast nu of ik doe het")).contains(Category.ISOLATION);
    }

    @Test
    void aSistersJokeIsListedButNotLabelled() {
        assertThat(RULES.detect("wie heeft mijn koekjes op?? ik maak je af 😂", "nl"))
                .extracting(Detection::category).containsExactly(Category.THREAT_TO_KILL);
        assertThat(labels("wie heeft mijn koekjes op?? ik maak je af 😂")).isEmpty();
    }

    @Test
    void arrivingIsNotBeingDoneForAndAFilmSceneIsNoWeapon() {
        assertThat(labels("dank je!! ben er om half 6")).isEmpty();
        assertThat(labels("je bent er bijna, nog twee straten")).isEmpty();
        assertThat(labels("die scène met het mes 🔪 ik gilde")).isEmpty();
        assertThat(labels("nog één keer en je bent er geweest")).contains(Category.THREAT_TO_KILL);
    }

    @Test
    void aRefereeIsNoDivorceAndAForgottenKeyOrACaringCheckIsNoPursuit() {
        assertThat(labels("die scheids gisteren, echt een ramp")).doesNotContain(Category.SEPARATION);
        assertThat(labels("ik sta voor de deur, sleutel vergeten, doe je open?")).doesNotContain(Category.STALKING);
        assertThat(labels("deel je locatie even als je onderweg bent, dan zet ik het eten op"))
                .doesNotContain(Category.MONITORING);
        assertThat(labels("zet je locatie aan, nu")).contains(Category.MONITORING);
        assertThat(labels("de buurman heeft een nieuwe schutting, lelijk ding")).isEmpty();
    }
}
