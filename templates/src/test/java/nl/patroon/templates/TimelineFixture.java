package nl.patroon.templates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;

/** Builds small timelines for rendering tests: one chat item, messages added one by one. */
final class TimelineFixture {
    static final String SHA = "5f".repeat(32);
    private final List<TimelineBuilder.SourcedPassage> passages = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private String title = "Zaak Jansen";

    static TimelineFixture aCase() {
        return new TimelineFixture();
    }

    TimelineFixture titled(String title) {
        this.title = title;
        return this;
    }

    /** A message by the suspect, with a suggestion on the given words. */
    TimelineFixture message(String when, String text, Category category, String words) {
        int n = passages.size() + 1;
        Passage p = new Passage("E-0001", Locator.message(n, n), EventTime.at(ZonedDateTime.of(
                LocalDateTime.parse(when), ZoneId.of("Europe/Amsterdam")), TimePrecision.MINUTE),
                "Mark", "P-01", "nl", false, text);
        passages.add(new TimelineBuilder.SourcedPassage(p, SHA));
        int start = text.indexOf(words);
        suggestions.add(new Suggestion(String.format("S-%04d", n), p.id(), category, "test.rule", start,
                start + words.length(), words, "Uitleg <b>" + words + "</b>", "Explanation", Confidence.MEDIUM,
                ReviewState.OPEN, null));
        return this;
    }

    Timeline build() {
        CaseFile file = CaseFile.create(new Parketnummer("10/123456-24"), title, Instant.EPOCH)
                .withParty(PartyRole.VERDACHTE, "Mark <de> Vries", List.of("Mark"));
        List<EvidenceRecord> evidence = List.of(new EvidenceRecord(new Evidence("E-0001", SHA, 123,
                "/beslag/chat.txt", "chat.txt", "text/plain", SourceKind.CHAT_EXPORT, null, null, Instant.EPOCH,
                "t"), IngestState.INDEXED, null, passages.size()));
        return TimelineBuilder.build(file, evidence, passages, passages.size() + 7, suggestions);
    }
}
