package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.CaseContext;
import nl.patroon.indexer.detect.RuleDetector;
import org.junit.jupiter.api.Test;

/**
 * Every suggestion's relevance follows from who wrote to whom: the suspect's words to the victim are behaviour,
 * the victim telling a friend or a report is an account, banter between others is other (listed, not in the
 * default timeline).
 */
class RelevanceTest {
    private static final ZonedDateTime T0 = ZonedDateTime.of(2025, 3, 14, 21, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
    /** Mark the suspect, Sanne the victim, Lotte her sister (a third party), Eva a witness. */
    private static final CaseContext CASE = new CaseContext(Map.of("P-MARK", PartyRole.VERDACHTE,
            "P-SANNE", PartyRole.SLACHTOFFER, "P-LOTTE", PartyRole.DERDE, "P-EVA", PartyRole.GETUIGE), List.of());
    private static final EvidenceDetection DETECTION = new EvidenceDetection(RuleDetector.bundled(), CASE);

    private final List<Passage> chat = new ArrayList<>();

    private Chat chat() {
        return new Chat();
    }

    private final class Chat {
        Chat says(String party, String text) {
            chat.add(new Passage("E-0001", Locator.message(chat.size() + 1, 0),
                    EventTime.at(T0.plusMinutes(chat.size()), TimePrecision.MINUTE), party, party.startsWith("P-")
                    ? party : null, "nl", false, text));
            return this;
        }
    }

    private List<Suggestion> suggestions(SourceKind kind) {
        return DETECTION.detect("sha", kind, chat).suggestions();
    }

    private Relevance relevanceOf(Category category, int message) {
        return suggestions(SourceKind.CHAT_EXPORT).stream()
                .filter(s -> s.category() == category && s.passageId().equals(chat.get(message - 1).id()))
                .map(Suggestion::relevance).findFirst().orElseThrow();
    }

    @Test
    void theSuspectsThreatToTheVictimIsBehaviourEvenAsAJoke() {
        chat().says("P-MARK", "ik maak je af").says("P-SANNE", "laat me").says("P-MARK", "ik maak je af 😂");
        assertThat(relevanceOf(Category.THREAT_TO_KILL, 1)).isEqualTo(Relevance.BEHAVIOUR);
        assertThat(relevanceOf(Category.THREAT_TO_KILL, 3)).isEqualTo(Relevance.BEHAVIOUR);
    }

    @Test
    void aSistersJokeIsOtherButStillListed() {
        chat().says("P-LOTTE", "wie heeft mijn koekjes op?? ik maak je af 😂").says("P-SANNE", "hahaha sorry");
        assertThat(relevanceOf(Category.THREAT_TO_KILL, 1)).isEqualTo(Relevance.OTHER);
    }

    @Test
    void theVictimTellingAFriendIsAnAccount() {
        chat().says("P-SANNE", "hij heeft me gisteren weer geslagen").says("Fatima", "wat?? gaat het?");
        assertThat(relevanceOf(Category.PHYSICAL_VIOLENCE, 1)).isEqualTo(Relevance.ACCOUNT);
    }

    @Test
    void aWitnessDescribingTheSuspectIsAnAccount() {
        chat().says("P-EVA", "ik zag dat hij haar sloeg").says("P-SANNE", "ja");
        chat().says("P-EVA", "hij sloeg haar in haar gezicht");
        assertThat(suggestions(SourceKind.CHAT_EXPORT)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.relevance()).isEqualTo(Relevance.ACCOUNT));
    }

    @Test
    void threatsBetweenOthersInAGroupWithoutTheSuspectAreOther() {
        chat().says("Joost", "als je weer te laat bent vermoord ik je").says("Anouk", "ik sla je").says("P-SANNE", "👍");
        assertThat(suggestions(SourceKind.CHAT_EXPORT)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.relevance()).isEqualTo(Relevance.OTHER));
    }

    @Test
    void aPoliceReportIsAnAccount() {
        chat.add(new Passage("E-0002", Locator.onPage(1, 1), null, null, null, "nl", false,
                "Ik verklaar dat hij mij bij de keel pakte en kneep."));
        assertThat(suggestions(SourceKind.PROCES_VERBAAL_AANGIFTE)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.relevance()).isEqualTo(Relevance.ACCOUNT));
    }

    @Test
    void withoutRolesTheTextDecides() {
        EvidenceDetection noCase = new EvidenceDetection(RuleDetector.bundled(), CaseContext.none());
        chat().says("B", "ik maak je af 😂").says("A", "ik maak je af").says("A", "hij sloeg me gisteren");
        List<Suggestion> out = noCase.detect("sha", SourceKind.CHAT_EXPORT, chat).suggestions();
        assertThat(out).filteredOn(s -> s.passageId().equals(chat.get(0).id())).extracting(Suggestion::relevance)
                .containsOnly(Relevance.OTHER);
        assertThat(out).filteredOn(s -> s.passageId().equals(chat.get(1).id())).extracting(Suggestion::relevance)
                .containsOnly(Relevance.BEHAVIOUR);
        assertThat(out).filteredOn(s -> s.passageId().equals(chat.get(2).id())).extracting(Suggestion::relevance)
                .containsOnly(Relevance.ACCOUNT);
    }
}
