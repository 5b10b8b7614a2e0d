package nl.patroon.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    final CaseFile caseFile = CaseFile.create(new Parketnummer("10/123456-24"), "Zaak Jansen", Instant.EPOCH)
            .withParty(PartyRole.VERDACHTE, "Mark de Vries", List.of("Mark"));
    final List<EvidenceRecord> evidence = List.of(new EvidenceRecord(new Evidence("E-0001", "a".repeat(64), 10,
            "chat.txt", "chat.txt", "text/plain", SourceKind.CHAT_EXPORT, null, null, Instant.EPOCH, "t"),
            IngestState.INDEXED, null, 3));

    static Passage message(int n, String when, String text) {
        return new Passage("E-0001", Locator.message(n, n), EventTime.at(ZonedDateTime.of(
                java.time.LocalDateTime.parse(when), AMS), TimePrecision.MINUTE), "Mark", "P-01", "nl", false, text);
    }

    static Suggestion suggestion(String id, Passage p, Category c, String words, ReviewState state) {
        int start = p.text().indexOf(words);
        return new Suggestion(id, p.id(), c, "test." + c.name().toLowerCase(), start, start + words.length(), words,
                "uitleg", "explanation", Confidence.HIGH, state, null);
    }

    @Test
    void entries_are_chronological_and_carry_their_source() {
        Passage late = message(1, "2024-06-08T23:40", "ik maak je af");
        Passage early = message(2, "2024-03-12T22:15", "waar ben je");
        Timeline t = TimelineBuilder.build(caseFile, evidence,
                List.of(new TimelineBuilder.SourcedPassage(late, "a".repeat(64)),
                        new TimelineBuilder.SourcedPassage(early, "a".repeat(64))), 5,
                List.of(suggestion("S-0001", late, Category.THREAT_TO_KILL, "ik maak je af", ReviewState.OPEN),
                        suggestion("S-0002", early, Category.MONITORING, "waar ben je", ReviewState.OPEN)));

        assertThat(t.entries()).extracting(TimelineEntry::passageId).containsExactly("E-0001:m2", "E-0001:m1");
        TimelineEntry first = t.entries().get(0);
        assertThat(first.sha256()).isEqualTo("a".repeat(64));
        assertThat(first.locatorNl()).isEqualTo("bericht 2 (regel 2)");
        assertThat(first.party()).isEqualTo("Mark de Vries (verdachte)");
        assertThat(first.sourceKind()).isEqualTo("chatexport");
        assertThat(first.suggestions()).singleElement().extracting(SuggestionView::stateNl)
                .isEqualTo("suggestie, niet beoordeeld");
        assertThat(t.period()).isEqualTo(new Timeline.Period("2024-03-12", "2024-06-08"));
        assertThat(t.passagesWithoutSuggestion()).isEqualTo(3);
        assertThat(t.counts()).extracting(CategoryCount::month, CategoryCount::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03", "MONITORING"),
                        org.assertj.core.groups.Tuple.tuple("2024-06", "THREAT_TO_KILL"));
    }

    @Test
    void rejected_suggestions_do_not_appear() {
        Passage joke = message(1, "2024-05-01T12:00", "ik vermoord je als je mijn chips opeet");
        Timeline t = TimelineBuilder.build(caseFile, evidence, List.of(new TimelineBuilder.SourcedPassage(joke, "x")),
                1, List.of(suggestion("S-0001", joke, Category.THREAT_TO_KILL, "ik vermoord je", ReviewState.REJECTED)));
        assertThat(t.entries()).isEmpty();
        assertThat(t.counts()).isEmpty();
    }

    @Test
    void banter_of_relevance_other_is_left_out_and_counted_unless_a_person_confirmed_it() {
        Passage joke = message(1, "2024-05-01T12:00", "ik vermoord je als je mijn chips opeet");
        Passage threat = message(2, "2024-05-02T22:00", "ik maak je af");
        Suggestion banter = withRelevance(suggestion("S-0001", joke, Category.THREAT_TO_KILL, "ik vermoord je",
                ReviewState.OPEN), Relevance.OTHER);
        Suggestion behaviour = withRelevance(suggestion("S-0002", threat, Category.THREAT_TO_KILL, "ik maak je af",
                ReviewState.OPEN), Relevance.BEHAVIOUR);
        List<TimelineBuilder.SourcedPassage> both = List.of(new TimelineBuilder.SourcedPassage(joke, "x"),
                new TimelineBuilder.SourcedPassage(threat, "x"));

        Timeline t = TimelineBuilder.build(caseFile, evidence, both, 2, List.of(banter, behaviour));
        assertThat(t.entries()).extracting(TimelineEntry::passageId).containsExactly("E-0001:m2");
        assertThat(t.entries().get(0).suggestions().get(0).relevance()).isEqualTo("behaviour");
        assertThat(t.notice()).contains("1 suggestie(s) zonder betrekking op de verdachte")
                .contains("patroon suggestie lijst");

        Suggestion confirmedBanter = withRelevance(suggestion("S-0001", joke, Category.THREAT_TO_KILL,
                "ik vermoord je", ReviewState.CONFIRMED), Relevance.OTHER);
        Timeline confirmed = TimelineBuilder.build(caseFile, evidence, both, 2, List.of(confirmedBanter, behaviour));
        assertThat(confirmed.entries()).hasSize(2);
        assertThat(confirmed.notice()).isEqualTo(TimelineBuilder.NOTICE_NL);
    }

    static Suggestion withRelevance(Suggestion s, Relevance r) {
        return new Suggestion(s.id(), s.passageId(), s.category(), s.ruleId(), s.start(), s.end(), s.matched(),
                s.explanationNl(), s.explanationEn(), s.confidence(), s.state(), s.reviewReason(), s.attributes(), r);
    }

    @Test
    void marked_segments_cover_exactly_the_matched_words() {
        Passage p = message(1, "2024-06-08T23:40", "luister: ik maak je af, echt");
        List<TextSegment> segments = TimelineBuilder.segments(p.text(),
                List.of(suggestion("S-1", p, Category.THREAT_TO_KILL, "ik maak je af", ReviewState.OPEN)));
        assertThat(segments).extracting(TextSegment::text).containsExactly("luister: ", "ik maak je af", ", echt");
        assertThat(segments).extracting(TextSegment::mark).containsExactly(false, true, false);
        assertThat(String.join("", segments.stream().map(TextSegment::text).toList())).isEqualTo(p.text());
    }

    @Test
    void the_same_inputs_give_an_equal_timeline() {
        Passage p = message(1, "2024-06-08T23:40", "ik maak je af");
        var inputs = List.of(new TimelineBuilder.SourcedPassage(p, "x"));
        var s = List.of(suggestion("S-1", p, Category.THREAT_TO_KILL, "ik maak je af", ReviewState.OPEN));
        assertThat(TimelineBuilder.build(caseFile, evidence, inputs, 1, s))
                .isEqualTo(TimelineBuilder.build(caseFile, evidence, inputs, 1, s));
    }

    @Test
    void times_read_as_a_dutch_reader_expects_with_their_precision() {
        ZonedDateTime t = ZonedDateTime.of(2024, 6, 8, 23, 40, 0, 0, AMS);
        assertThat(TimelineBuilder.dutchTime(EventTime.at(t, TimePrecision.APPROXIMATE), AMS))
                .startsWith("omstreeks za 8 jun");
        assertThat(TimelineBuilder.dutchTime(new EventTime(t.minusHours(2), t, TimePrecision.INTERVAL), AMS))
                .startsWith("tussen ");
    }

    @Test
    void a_copy_with_a_suggestion_its_twin_lacks_still_appears() {
        Passage android = new Passage("E-0001", Locator.message(1, 1), message(1, "2024-06-15T20:14", "??").time(),
                "Mark", "P-01", "nl", false, "??");
        Passage ios = new Passage("E-0002", Locator.message(7, 7), android.time(), "Mark", "P-01", "nl", false, "??");
        Timeline t = TimelineBuilder.build(caseFile, evidence,
                List.of(new TimelineBuilder.SourcedPassage(android, "a"), new TimelineBuilder.SourcedPassage(ios, "b")),
                2, List.of(suggestion("S-0001", ios, Category.STALKING, "??", ReviewState.OPEN)));
        assertThat(t.entries()).singleElement().satisfies(e -> assertThat(e.passageId()).isEqualTo("E-0002:m7"));
        assertThat(t.passagesWithoutSuggestion()).isEqualTo(1);
    }

    @Test
    void a_message_also_seen_on_a_screenshot_lists_the_screenshot_passage() {
        Passage threat = message(84, "2024-06-15T20:14", "ik maak je af");
        Timeline t = TimelineBuilder.build(caseFile, evidence, List.of(new TimelineBuilder.SourcedPassage(threat, "a")),
                1, List.of(suggestion("S-0001", threat, Category.THREAT_TO_KILL, "ik maak je af", ReviewState.OPEN)),
                java.util.Map.of("E-0001", java.util.Map.of(
                        "ook.in.m84", "E-0005:a10 (schermafbeelding 08.png); E-0006:a2 (schermafbeelding 09.png)",
                        "ook.in.m85", "E-0005:a11 (schermafbeelding 08.png)")));

        assertThat(t.entries()).singleElement().satisfies(e -> {
            assertThat(e.alsoIn()).containsExactly("E-0005:a10", "E-0006:a2");
            assertThat(e.hasCopies()).isTrue();
        });
    }
}
