package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

/**
 * Constructs issue 19 names that a keyword list misses, each as a frame over the lexicons (any person, tense or
 * word order), next to the ordinary message with the same words that must stay unlabelled. Fictional phrasings,
 * deliberately not the haystack's or the development corpus's own lines.
 */
class VeiledThreatsAndAccountsTest {
    private static final RuleDetector RULES = RuleDetector.bundled();

    private static Set<Category> nl(String text) {
        return Classifier.labels(RULES.detect(text, "nl"));
    }

    private static Set<Category> en(String text) {
        return Classifier.labels(RULES.detect(text, "en"));
    }

    @Test
    void aMomentSheWillNotLiveToSeeIsADeathThreatInHisWordsAndInHerAccount() {
        assertThat(nl("reken er maar niet op dat jij oud en nieuw nog haalt")).contains(Category.THREAT_TO_KILL);
        assertThat(nl("hij schreef dat ik mijn verjaardag niet zou halen")).contains(Category.THREAT_TO_KILL);
        assertThat(nl("geniet er nog maar van, het is je laatste zomer")).contains(Category.THREAT_TO_KILL);
        assertThat(nl("ik haal de trein van acht uur niet meer")).doesNotContain(Category.THREAT_TO_KILL);
        assertThat(nl("geniet ervan, het is je laatste schooldag")).doesNotContain(Category.THREAT_TO_KILL);
    }

    @Test
    void notKnowingWhatHeWillDoWhenHeSeesHerIsAVeiledThreat() {
        assertThat(nl("zodra ik je tegenkom weet ik niet wat ik doe")).contains(Category.THREAT_OF_VIOLENCE);
        assertThat(nl("als ik die chocola zie weet ik niet wat ik doe 😂")).doesNotContain(Category.THREAT_OF_VIOLENCE);
    }

    @Test
    void settingFireToHerHomeIsAThreatAndLightingTheBarbecueIsNot() {
        assertThat(nl("ik zet je auto in de fik")).contains(Category.THREAT_OF_VIOLENCE);
        assertThat(nl("ik steek de bbq vast in de fik")).doesNotContain(Category.THREAT_OF_VIOLENCE);
    }

    @Test
    void beingFoundByHerAndPillsReadyAreVeiledSuicideThreats() {
        assertThat(nl("bel je niet terug dan vinden de kinderen me morgen op zolder")).contains(Category.SUICIDE_THREAT);
        assertThat(nl("ik heb al die slaappillen hier klaarliggen, vannacht is het afgelopen"))
                .contains(Category.SUICIDE_THREAT);
        assertThat(nl("je vindt me in de garage, ik ben aan het klussen")).doesNotContain(Category.SUICIDE_THREAT);
    }

    @Test
    void takingTheChildrenAwayInHisWordsAndInHerAccount() {
        assertThat(nl("ik breng de kinderen nooit meer terug")).contains(Category.CUSTODY_THREAT);
        assertThat(nl("hij dreigde de kinderen af te pakken")).contains(Category.CUSTODY_THREAT);
        assertThat(nl("ik neem de kinderen mee naar marokko en dan zie je ze nooit meer")).contains(Category.CUSTODY_THREAT);
        assertThat(nl("ik neem de kinderen mee naar de speeltuin")).doesNotContain(Category.CUSTODY_THREAT);
    }

    @Test
    void saidNoAndHeWentOnIsSexualViolence() {
        assertThat(nl("ik wilde niet, maar hij hield niet op")).contains(Category.SEXUAL_VIOLENCE);
        assertThat(nl("ik zei nee tegen het toetje maar hij ging gewoon door met eten"))
                .doesNotContain(Category.SEXUAL_VIOLENCE);
    }

    @Test
    void theApologyAfterViolencePointsToViolence() {
        assertThat(nl("het spijt me van gisteren, het gebeurt nooit weer, ik was mezelf niet"))
                .contains(Category.PHYSICAL_VIOLENCE);
        assertThat(nl("excuses voor je keel, ik ging te ver")).contains(Category.STRANGULATION);
        assertThat(nl("sorry dat ik je appje gemist heb, gebeurt nooit meer")).isEmpty();
    }

    @Test
    void propertyThrownAwayOrDestroyedInAnyPerson() {
        assertThat(nl("hij heeft mijn laptop in de sloot gegooid")).contains(Category.PROPERTY_DAMAGE);
        assertThat(nl("haar ruiten zijn ingeslagen")).contains(Category.PROPERTY_DAMAGE);
        assertThat(nl("mijn telefoon is in het water gevallen, per ongeluk")).doesNotContain(Category.PROPERTY_DAMAGE);
    }

    @Test
    void readingHerScreenAndQuestioningTheChildrenAreMonitoring() {
        assertThat(nl("ik las op je telefoon dat je met hem hebt afgesproken")).contains(Category.MONITORING);
        assertThat(nl("papa vraagt de kinderen steeds met wie mama is")).contains(Category.MONITORING);
        assertThat(nl("ik zag op je scherm dat er een nieuwe serie op netflix staat")).doesNotContain(Category.MONITORING);
    }

    @Test
    void aVictimsAccountOfStalkingAndOfHisBreachingAnOrder() {
        assertThat(nl("hij appte 60 keer in een nacht")).contains(Category.STALKING);
        assertThat(nl("zijn auto stond weer voor mijn huis")).contains(Category.STALKING);
        assertThat(nl("hij mag hier niet komen en toch stond hij er")).contains(Category.ORDER_VIOLATION);
        assertThat(nl("ik mag van mijn moeder niet bellen na tienen")).doesNotContain(Category.ORDER_VIOLATION);
    }

    @Test
    void threatsToOthersToldByHerAndAnnouncedWithAWeapon() {
        assertThat(nl("hij heeft mijn broer ook bedreigd")).contains(Category.THREAT_TO_OTHERS);
        assertThat(nl("ik kom een keer langs met de honkbalknuppel")).contains(Category.WEAPON);
        assertThat(nl("ik kom je mes wel brengen, had je laten liggen")).doesNotContain(Category.WEAPON);
    }

    @Test
    void englishAccountsOfStrangulationAndAnOrderBreach() {
        assertThat(en("he grabbed me by the throat last night")).contains(Category.STRANGULATION);
        assertThat(en("he keeps calling me even though there's a restraining order")).contains(Category.ORDER_VIOLATION);
    }

    @Test
    void aThreatUnderAConditionOnWhatSheDoesIsAlsoCoercionWhicheverRuleFoundIt() {
        assertThat(nl("als je de kinderen niet terugbrengt steek ik je huis in de fik"))
                .contains(Category.THREAT_OF_VIOLENCE, Category.COERCION);
        assertThat(en("unblock me or i'll kill you")).contains(Category.THREAT_TO_KILL, Category.COERCION);
        assertThat(nl("als ik die gast nog een keer zie trap ik hem in elkaar")).doesNotContain(Category.COERCION);
    }

    @Test
    void leavingToldInAnyPersonIsSeparation() {
        assertThat(nl("we zitten bij mijn zus en we komen niet meer terug")).contains(Category.SEPARATION);
        assertThat(nl("de relatie tussen haar en betrokkene is in maart beëindigd")).contains(Category.SEPARATION);
        assertThat(nl("ik kom vanavond niet terug, late dienst")).doesNotContain(Category.SEPARATION);
        assertThat(en("mum left dad and we live with nana now")).contains(Category.SEPARATION);
    }
}
