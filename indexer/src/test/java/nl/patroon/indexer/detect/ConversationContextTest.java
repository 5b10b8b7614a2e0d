package nl.patroon.indexer.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

/**
 * Conversation-level reading (issue 19): who writes to whom decides whether the same words are the suspect's
 * behaviour, an account, or banter; a burst is pursuit only when its messages pursue; an order is broken by
 * contact with her, not by logistics in a group she happens to be in, and also through his brother.
 */
class ConversationContextTest {
    private static final ConversationDetector DETECTOR = new ConversationDetector(RuleDetector.bundled());
    private static final ZonedDateTime T0 = ZonedDateTime.of(2025, 3, 14, 21, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
    private static final String SUSPECT = "P-1";
    private static final String VICTIM = "P-2";
    private static final String SISTER = "P-5";
    private static final String HIS_BROTHER = "P-9";
    private static final CaseContext FACTS = new CaseContext(Map.of(SUSPECT, PartyRole.VERDACHTE,
            VICTIM, PartyRole.SLACHTOFFER, SISTER, PartyRole.GETUIGE, HIS_BROTHER, PartyRole.DERDE), List.of());

    private final List<Passage> chat = new ArrayList<>();

    private void say(int minute, String party, String text) {
        chat.add(new Passage("E-0001", Locator.message(chat.size() + 1, 0),
                EventTime.at(T0.plusMinutes(minute), TimePrecision.MINUTE), party, party, "nl", false, text));
    }

    /** A message whose author the case could not name (a parent saved only by name). */
    private void sayUnresolved(int minute, String name, String text) {
        chat.add(new Passage("E-0001", Locator.message(chat.size() + 1, 0),
                EventTime.at(T0.plusMinutes(minute), TimePrecision.MINUTE), name, null, "nl", false, text));
    }

    private List<Detection> of(Map<String, List<Detection>> out, int message) {
        return out.getOrDefault(chat.get(message - 1).id(), List.of());
    }

    private Set<Relevance> relevance(CaseContext facts, int message) {
        Exchange.Participants who = Exchange.Participants.of(chat);
        Passage p = chat.get(message - 1);
        return of(DETECTOR.detect(chat, facts), message).stream()
                .map(d -> RelevanceRules.of(d, who.of(p, facts))).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void hisInsultToHisBrotherIsOtherAndTheSameWordsToHerAreBehaviour() {
        say(0, SUSPECT, "je bent gek");
        say(1, HIS_BROTHER, "ja joh");
        assertThat(relevance(FACTS, 1)).containsOnly(Relevance.OTHER);

        chat.clear();
        say(0, SUSPECT, "je bent gek");
        say(1, VICTIM, "hou op");
        assertThat(relevance(FACTS, 1)).containsOnly(Relevance.BEHAVIOUR);
    }

    @Test
    void hisGamingBanterWithFriendsIsOtherButWhatHeSaysAboutHerStaysBehaviour() {
        say(0, SUSPECT, "ik maak je af met fifa vanavond");
        say(1, HIS_BROTHER, "dream on");
        say(60, SUSPECT, "als ze bij me weggaat maak ik haar af");
        assertThat(relevance(FACTS, 1)).containsOnly(Relevance.OTHER);
        assertThat(relevance(FACTS, 3)).contains(Relevance.BEHAVIOUR).doesNotContain(Relevance.OTHER);
    }

    @Test
    void herAccountToHerSisterInTheThirdPersonOrPassiveIsAnAccount() {
        say(0, VICTIM, "hij heeft mijn bankpas afgepakt");
        say(1, VICTIM, "mijn ruiten zijn ingeslagen");
        say(2, SISTER, "wat erg");
        assertThat(relevance(FACTS, 1)).containsOnly(Relevance.ACCOUNT);
        assertThat(relevance(FACTS, 2)).containsOnly(Relevance.ACCOUNT);
    }

    @Test
    void aBurstIsStalkingWhenItsMessagesPursueNotWhenTheyAreChatter() {
        for (String t : List.of("top", "is goed", "tot straks", "😘", "hihi", "echt?")) {
            say(chat.size(), SUSPECT, t);
        }
        assertThat(DETECTOR.detect(chat, FACTS).values()).flatMap(l -> l).extracting(Detection::category)
                .doesNotContain(Category.STALKING);

        chat.clear();
        for (String t : List.of("waarom lees je dit niet", "??", "ik weet dat je online bent", "eva", "bel me nu",
                "ik blijf bellen")) {
            say(chat.size(), SUSPECT, t);
        }
        assertThat(of(DETECTOR.detect(chat, FACTS), 4)).extracting(Detection::category).contains(Category.STALKING);
    }

    @Test
    void herSistersThreatAfterSheSaysSheIsLeavingHimIsNoSeparationThreat() {
        say(0, VICTIM, "ik ga bij hem weg, ik heb een advocaat genomen");
        say(3, SISTER, "ik maak je af als je dat niet doorzet");
        assertThat(of(DETECTOR.detect(chat, FACTS), 2)).extracting(Detection::ruleId)
                .doesNotContain("ctx.dreiging-na-vertrek");
    }

    @Test
    void inAGroupSheIsInOnlyHisRepliesToHerBreakTheOrder() {
        CaseContext banned = new CaseContext(FACTS.roles(), List.of(contactverbod()));
        sayUnresolved(0, "Linda (moeder Sem)", "is de studiedag morgen?");
        say(1, SUSPECT, "ja, om half 9");
        say(30, VICTIM, "wie neemt er taart mee?");
        say(32, SUSPECT, "ik, en ik wil je spreken");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, banned);
        assertThat(of(out, 2)).extracting(Detection::category).doesNotContain(Category.ORDER_VIOLATION);
        assertThat(of(out, 4)).extracting(Detection::category).contains(Category.ORDER_VIOLATION);
    }

    @Test
    void hisBrotherPassingOnHisWordsDuringTheOrderIsIndirectContact() {
        CaseContext banned = new CaseContext(FACTS.roles(), List.of(contactverbod()));
        say(0, HIS_BROTHER, "hoi, hij vraagt of je hem even wil bellen");
        say(5, VICTIM, "nee");
        Map<String, List<Detection>> out = DETECTOR.detect(chat, banned);
        assertThat(of(out, 1)).extracting(Detection::category).contains(Category.ORDER_VIOLATION);
        assertThat(DETECTOR.detect(chat, FACTS)).isEmpty(); // the same words without an order are nothing
    }

    @Test
    void anEnglishMessageInADutchChatIsReadWithTheEnglishRules() {
        say(0, VICTIM, "sorry for the silence, he grabbed me by the throat on friday");
        assertThat(of(DETECTOR.detect(chat, FACTS), 1)).extracting(Detection::category)
                .contains(Category.STRANGULATION);
    }

    @Test
    void threatsInAChatAboutGamesReadAsGameTalkEvenWithoutAGameWordOfTheirOwn() {
        for (int i = 0; i < 6; i++) {
            say(i * 10, i % 2 == 0 ? SUSPECT : HIS_BROTHER, "potje fifa vanavond? ik heb de nieuwe controller");
        }
        say(70, SUSPECT, "ik maak je helemaal af");
        assertThat(of(DETECTOR.detect(chat, FACTS), 7)).filteredOn(d -> d.category() == Category.THREAT_TO_KILL)
                .allSatisfy(d -> assertThat(d.attributes().joking()).isTrue());
        assertThat(relevance(FACTS, 7)).containsOnly(Relevance.OTHER);
    }

    private static Order contactverbod() {
        return new Order("O-0001", OrderKind.CONTACTVERBOD, List.of(VICTIM), SUSPECT, T0.toLocalDate().minusDays(1),
                Optional.of(T0.toLocalDate().plusDays(30)), Optional.empty(), "");
    }
}
