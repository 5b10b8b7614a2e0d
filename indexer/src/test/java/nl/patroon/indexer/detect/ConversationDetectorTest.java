package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class ConversationDetectorTest {
    private static final ConversationDetector DETECTOR = new ConversationDetector(RuleDetector.bundled());
    private static final ZonedDateTime T0 = ZonedDateTime.of(2025, 3, 14, 21, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
    private static final CaseContext FACTS = new CaseContext(Map.of("P-1", PartyRole.VERDACHTE, "P-2", PartyRole.SLACHTOFFER), List.of());

    private final List<Passage> chat = new ArrayList<>();

    private void say(int minute, String party, String text) {
        chat.add(new Passage("E-0001", Locator.message(chat.size() + 1, 0),
                EventTime.at(T0.plusMinutes(minute), TimePrecision.MINUTE), party, party, "nl", false, text));
    }

    private List<Category> categoriesOf(Map<String, List<Detection>> out, int message) {
        return out.getOrDefault(chat.get(message - 1).id(), List.of()).stream().map(Detection::category).toList();
    }

    @Test
    void aBurstOfUnansweredMessagesIsStalking() {
        for (int i = 0; i < 6; i++) {
            say(i, "P-1", "neem op");
        }
        say(30, "P-2", "laat me met rust");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, FACTS);
        assertThat(categoriesOf(out, 1)).contains(Category.STALKING);
        assertThat(categoriesOf(out, 6)).contains(Category.STALKING);
        assertThat(categoriesOf(out, 7)).doesNotContain(Category.STALKING);
    }

    @Test
    void eachPassageGetsTheDetectionsItHasByIdAndTheAppsOwnLinesNone() {
        say(0, "P-1", "kom nu naar huis");
        chat.add(new Passage("E-0001", Locator.message(chat.size() + 1, 0), null, null, null, "nl", true,
                "Dit bericht is verwijderd"));
        say(1, "P-1", "anders ga je zien wat er gebeurt");
        say(2, "P-2", "ik maak je af");
        say(3, "P-2", "ok");

        List<List<Detection>> each = DETECTOR.detectEach(chat, FACTS);
        Map<String, List<Detection>> byId = DETECTOR.detect(chat, FACTS);

        assertThat(each).hasSize(chat.size());
        assertThat(each.get(1)).isEmpty();
        for (int i = 0; i < chat.size(); i++) {
            assertThat(each.get(i)).isEqualTo(byId.getOrDefault(chat.get(i).id(), List.of()));
        }
        assertThat(each.get(2)).extracting(Detection::category).contains(Category.COERCION);
        assertThat(byId).doesNotContainKey(chat.get(4).id());
    }

    @Test
    void messagesSpreadOverHoursAreNoBurst() {
        for (int i = 0; i < 6; i++) {
            say(i * 60, "P-1", "neem op");
        }
        assertThat(DETECTOR.detect(chat, FACTS).values()).flatMap(l -> l).extracting(Detection::category)
                .doesNotContain(Category.STALKING);
    }

    @Test
    void repeatedLocationQuestionsAreMonitoringButOneIsNot() {
        say(0, "P-1", "waar ben je");
        Map<String, List<Detection>> single = DETECTOR.detect(chat, FACTS);
        assertThat(categoriesOf(single, 1)).doesNotContain(Category.MONITORING);

        say(10, "P-2", "bij mama");
        say(20, "P-1", "met wie ben je");
        say(40, "P-1", "wr bn je nu");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, FACTS);
        assertThat(categoriesOf(out, 4)).contains(Category.MONITORING);
        assertThat(categoriesOf(out, 1)).contains(Category.MONITORING);
    }

    @Test
    void aDemandFollowedByAConsequenceIsCoercion() {
        say(0, "P-1", "kom nu naar huis");
        say(1, "P-1", "anders ga je zien wat er gebeurt");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, FACTS);
        assertThat(categoriesOf(out, 2)).contains(Category.COERCION);
    }

    @Test
    void contactDuringAnOrderIsOrderViolationNamingTheOrderAndStalking() {
        CaseContext banned = new CaseContext(FACTS.roles(), List.of(huisverbod(T0.minusDays(1), T0.plusDays(9))));
        say(0, "P-1", "ik mis je");
        say(5, "P-2", "ik mis je ook");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, banned);
        assertThat(categoriesOf(out, 1)).contains(Category.ORDER_VIOLATION, Category.STALKING);
        assertThat(out.get(chat.get(0).id())).filteredOn(d -> d.category() == Category.ORDER_VIOLATION)
                .singleElement().satisfies(d -> assertThat(d.explanationNl())
                        .contains("huisverbod", "O-0001", "2025-03-13 t/m 2025-03-23", "E-0009"));
        assertThat(categoriesOf(out, 2)).isEmpty();
    }

    @Test
    void contactBeforeOrAfterTheOrdersPeriodIsNoViolation() {
        CaseContext before = new CaseContext(FACTS.roles(), List.of(huisverbod(T0.plusDays(1), T0.plusDays(10))));
        CaseContext after = new CaseContext(FACTS.roles(), List.of(huisverbod(T0.minusDays(10), T0.minusDays(1))));
        say(0, "P-1", "ik mis je");
        say(5, "P-2", "ik mis je ook");
        assertThat(DETECTOR.detect(chat, before)).isEmpty();
        assertThat(DETECTOR.detect(chat, after)).isEmpty();
    }

    @Test
    void aFamilyProcedureOrContactWithSomeoneTheOrderDoesNotProtectIsNoViolation() {
        Order omgang = new Order("O-0002", OrderKind.OMGANG, List.of("P-2"), "P-1", T0.toLocalDate().minusDays(3),
                Optional.empty(), Optional.empty(), "");
        Order otherPerson = new Order("O-0003", OrderKind.CONTACTVERBOD, List.of("P-3"), "P-1",
                T0.toLocalDate().minusDays(3), Optional.empty(), Optional.empty(), "");
        say(0, "P-1", "ik mis je");
        say(5, "P-2", "ik mis je ook");
        assertThat(DETECTOR.detect(chat, new CaseContext(FACTS.roles(), List.of(omgang, otherPerson)))).isEmpty();
    }

    private static Order huisverbod(ZonedDateTime from, ZonedDateTime to) {
        return new Order("O-0001", OrderKind.HUISVERBOD, List.of("P-2"), "P-1", from.toLocalDate(),
                Optional.of(to.toLocalDate()), Optional.of("E-0009"), "");
    }

    @Test
    void aThreatAfterTheVictimAnnouncesLeavingCarriesSeparation() {
        say(0, "P-2", "ik ga bij je weg, ik heb een advocaat genomen");
        say(3, "P-1", "dan maak ik je af");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, FACTS);
        assertThat(categoriesOf(out, 2)).contains(Category.THREAT_TO_KILL, Category.SEPARATION);
    }

    @Test
    void theActorOfAnAuthorsOwnActComesFromTheCaseFacts() {
        say(0, "P-1", "ik maak je af");
        say(1, "P-2", "ik ben zo bang voor hem");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, FACTS);
        assertThat(out.get(chat.get(0).id())).extracting(d -> d.attributes().actor()).contains("suspect");
        assertThat(out.get(chat.get(1).id())).filteredOn(d -> d.category() == Category.VICTIM_FEAR)
                .extracting(d -> d.attributes().actor()).containsOnly("victim");
    }

    @Test
    void aRunOfOneParentsMessagesInAGroupIsNoBurst() {
        for (int i = 0; i < 6; i++) {
            say(i, "P-5", i % 2 == 0 ? "👍" : "melk, brood, eieren");
        }
        say(20, "P-6", "top");
        say(21, "P-7", "dank je");
        assertThat(DETECTOR.detect(chat, FACTS).values()).flatMap(l -> l).extracting(Detection::category)
                .doesNotContain(Category.STALKING);
    }

    @Test
    void aThreatItsAuthorLaughsOffInTheNextMessageIsLoweredAndMarkedAsAJoke() {
        say(0, "P-3", "wie heeft mijn koekjes op?? ik maak je af");
        say(1, "P-3", "😂😂");
        Detection d = DETECTOR.detect(chat, FACTS).get(chat.get(0).id()).get(0);
        assertThat(d.category()).isEqualTo(Category.THREAT_TO_KILL);
        assertThat(d.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(d.attributes().joking()).isTrue();
        assertThat(d.explanationNl()).contains("vervolgbericht lacht");
    }

    @Test
    void aThreatTheOtherSideLaughsBackAtIsLoweredButAnAnswerInFearIsNot() {
        say(0, "P-3", "ik maak je af");
        say(2, "P-2", "hahaha doe maar");
        assertThat(DETECTOR.detect(chat, FACTS).get(chat.get(0).id()).get(0).attributes().joking()).isTrue();

        chat.clear();
        say(0, "P-1", "ik maak je af");
        say(2, "P-2", "laat me alsjeblieft met rust");
        Detection d = DETECTOR.detect(chat, FACTS).get(chat.get(0).id()).get(0);
        assertThat(d.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(d.attributes().joking()).isFalse();
    }
}
