package nl.patroon.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.RuleDetector;
import org.junit.jupiter.api.Test;

/** The orders a person recorded in case.json reach detection at ingest and redetect, through the case file. */
class OrdersFromCaseFileTest {
    private static final ZonedDateTime MARCH_14 = ZonedDateTime.of(2025, 3, 14, 21, 0, 0, 0,
            ZoneId.of("Europe/Amsterdam"));

    private static CaseFile caseWithContactBanUntil(LocalDate lastDay) {
        CaseFile file = CaseFile.create(new Parketnummer("10/123456-24"), "t", Instant.EPOCH)
                .withParty(PartyRole.VERDACHTE, "Mark", List.of())
                .withParty(PartyRole.SLACHTOFFER, "Sanne", List.of());
        Order ban = new Order("O-0001", OrderKind.CONTACTVERBOD, List.of("P-02"), "P-01", LocalDate.of(2025, 3, 1),
                Optional.of(lastDay), Optional.empty(), "");
        return new CaseFile(file.schemaVersion(), file.parketnummer(), file.title(), file.createdAt(),
                file.timeZone(), file.language(), file.parties(), List.of(ban));
    }

    private static List<Suggestion> breaches(CaseFile file) {
        List<Passage> chat = List.of(
                new Passage("E-0001", Locator.message(1, 1), EventTime.at(MARCH_14, TimePrecision.MINUTE), "Mark",
                        "P-01", "nl", false, "Hoi, hoe gaat het met je?"),
                new Passage("E-0001", Locator.message(2, 2), EventTime.at(MARCH_14.plusMinutes(3),
                        TimePrecision.MINUTE), "Sanne", "P-02", "nl", false, "Je mag mij niet appen."));
        return new EvidenceDetection(RuleDetector.bundled(), file).detect("sha", SourceKind.CHAT_EXPORT, chat)
                .suggestions().stream().filter(s -> s.category() == Category.ORDER_VIOLATION).toList();
    }

    @Test
    void contact_by_the_restricted_person_inside_the_recorded_period_is_an_order_violation() {
        assertThat(breaches(caseWithContactBanUntil(LocalDate.of(2025, 3, 31)))).singleElement()
                .satisfies(s -> {
                    assertThat(s.passageId()).isEqualTo("E-0001:m1");
                    assertThat(s.explanationNl()).contains("O-0001");
                });
    }

    @Test
    void the_same_message_after_the_order_ended_is_not() {
        assertThat(breaches(caseWithContactBanUntil(LocalDate.of(2025, 3, 10)))).isEmpty();
    }
}
