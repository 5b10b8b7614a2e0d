package nl.patroon.templates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.Optional;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.PatternAnalyser;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
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
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.redaction.Audience;
import nl.patroon.core.redaction.RedactionList;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;

/**
 * A fictional case with what must never reach the other side: the victim's phone number, e-mail address and new
 * address, the shelter she stays in and the children's school. Chat messages from the suspect's phone, one
 * paragraph of the aangifte; suggestions confirmed unless said otherwise.
 */
final class CaseFixture {
    static final String VICTIM_PHONE = "06-12345678";
    static final String VICTIM_PHONE_ALIAS = "+31612345678";
    static final String VICTIM_EMAIL = "anna.jansen@example.nl";
    static final String VICTIM_STREET = "Kerkhoflaan 17";
    static final String SCHOOL = "Basisschool De Regenboog";
    static final String SHELTER = "Blijf Groep Rotterdam";
    static final String CHAT_SHA = "a1".repeat(32);
    static final String PV_SHA = "b2".repeat(32);
    static final String HOSTILE = "<script>document.title='gehackt'</script><img src=x onerror=\"document.title='gehackt'\"> jij bent niks";

    private final List<TimelineBuilder.SourcedPassage> passages = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private int messages;

    static CaseFixture standard() {
        return new CaseFixture()
                .chat("2024-03-12T22:15", "Waar ben je? Ik weet dat je bij " + SHELTER + " zit.", Category.MONITORING,
                        "Waar ben je", ReviewState.CONFIRMED)
                .chat("2024-06-08T20:48", "Ik weet dat je nu op de " + VICTIM_STREET + " woont, 2611 AB Delft. Ik maak je af \uD83D\uDE21 \uD83E\uDD2C",
                        Category.THREAT_TO_KILL, "Ik maak je af", ReviewState.CONFIRMED)
                .report("2024-06-08T23:40", "Op zaterdag 8 juni 2024 omstreeks 23.40 uur kneep hij mijn keel dicht in"
                        + " onze woning aan de " + VICTIM_STREET + ". Één keer dacht ik: ‘ik ga dood’ — naïef, coördinatie, café.",
                        Category.STRANGULATION, "kneep hij mijn keel dicht")
                .chat("2024-06-09T09:05", "Ik haal Sophie zelf op bij " + SCHOOL + ". Bel me op " + VICTIM_PHONE
                        + " of mail " + VICTIM_EMAIL + ", anders zie je ze nooit meer", Category.CUSTODY_THREAT,
                        "anders zie je ze nooit meer", ReviewState.CONFIRMED)
                .chat("2024-06-10T11:00", HOSTILE, Category.HUMILIATION, "jij bent niks", ReviewState.CONFIRMED)
                .chat("2024-06-11T08:00", "je bent van mij en van niemand anders", Category.JEALOUSY_POSSESSION,
                        "je bent van mij", ReviewState.OPEN);
    }

    static final String CHILD = "Sophie";

    /**
     * Four confirmed incidents: the night of 8 June from two origins, a custody threat from the suspect alone, a
     * beating Sophie saw (the victim's word alone) and a breach of the contact ban at the school.
     */
    static List<Incident> incidents() {
        return List.of(
                new Incident("I-0004", at("2024-06-20T15:10", TimePrecision.MINUTE), List.of(Category.ORDER_VIOLATION),
                        Actor.SUSPECT, "Wachtte de kinderen op bij " + SCHOOL + " tijdens het contactverbod.",
                        List.of(new SupportingPassage("E-0002", "p3.1", "stond hij bij het hek van de school",
                                SourceOrigin.POLICE, "", ""))),
                new Incident("I-0003", at("2024-03-20T19:00", TimePrecision.APPROXIMATE),
                        List.of(Category.PHYSICAL_VIOLENCE, Category.CHILD_EXPOSURE), Actor.SUSPECT,
                        "Sloeg haar in de keuken terwijl " + CHILD + " toekeek.",
                        List.of(new SupportingPassage("E-0002", "p2.1", CHILD + " stond in de deuropening",
                                SourceOrigin.VICTIM, "", ""))),
                new Incident("I-0002", at("2024-06-09T09:05", TimePrecision.MINUTE), List.of(Category.CUSTODY_THREAT),
                        Actor.SUSPECT, "Dreigt de kinderen af te pakken; noemt de school " + SCHOOL + ".",
                        List.of(new SupportingPassage("E-0001", "m3", "anders zie je ze nooit meer", SourceOrigin.SUSPECT,
                                "", "S-0004"))),
                new Incident("I-0001", at("2024-06-08T23:40", TimePrecision.APPROXIMATE),
                        List.of(Category.STRANGULATION, Category.THREAT_TO_KILL), Actor.SUSPECT,
                        "Verwurging in de woning aan de " + VICTIM_STREET + " na doodsbedreiging per WhatsApp.",
                        List.of(new SupportingPassage("E-0001", "m2", "Ik maak je af", SourceOrigin.SUSPECT, "", "S-0002"),
                                new SupportingPassage("E-0002", "p2.3", "kneep hij mijn keel dicht in onze woning aan de "
                                        + VICTIM_STREET, SourceOrigin.VICTIM, "", "S-0003"))));
    }

    /** The articles of the fixture's tenlastelegging. */
    static final List<String> ARTICLES = List.of("285b", "300-4");

    /**
     * A contact ban protecting the victim (P-02) and Sophie (P-03) from 15 June, and an omgangsregeling for Sophie
     * that requires the contact the ban forbids: an order conflict.
     */
    static List<Order> orders() {
        return List.of(
                new Order("O-0001", OrderKind.CONTACTVERBOD, List.of("P-02", "P-03"), "P-01",
                        LocalDate.parse("2024-06-15"), Optional.of(LocalDate.parse("2024-12-15")),
                        Optional.of("E-0002"), "Geen contact, ook niet via " + VICTIM_EMAIL),
                new Order("O-0002", OrderKind.OMGANG, List.of("P-03"), "P-01", LocalDate.parse("2024-01-01"),
                        Optional.empty(), Optional.empty(), "Om het weekend"));
    }

    /** The dossier's analysis of the fixture, as the export use case makes it. */
    static Analysis analysis() {
        return PatternAnalyser.bundled().analyse(new PatternAnalyser.Input(incidents(), orders(), List.of(), ARTICLES));
    }

    /** The export options of a test: the audience, the case's redaction list, its orders, incidents and analysis. */
    static ExportOptions options(Audience audience) {
        return ExportOptions.of(audience).withRedactionList(redactionList()).withOrders(orders())
                .withIncidents(incidents(), analysis(), ARTICLES);
    }

    static RedactionList redactionList() {
        return RedactionList.empty()
                .with(VICTIM_STREET, "adres slachtoffer")
                .with(SCHOOL, "school kind")
                .with(SHELTER, "opvang")
                .with(CHILD, "naam kind");
    }

    CaseFixture chat(String when, String text, Category category, String words, ReviewState state) {
        messages++;
        Passage p = new Passage("E-0001", Locator.message(messages, messages), at(when, TimePrecision.MINUTE),
                "Mark", "P-01", "nl", false, text);
        return add(p, CHAT_SHA, category, words, state);
    }

    CaseFixture report(String when, String text, Category category, String words) {
        Passage p = new Passage("E-0002", Locator.onPage(2, passages.size() + 1), at(when, TimePrecision.APPROXIMATE),
                null, null, "nl", false, text, "aangeefster");
        return add(p, PV_SHA, category, words, ReviewState.CONFIRMED);
    }

    private CaseFixture add(Passage p, String sha, Category category, String words, ReviewState state) {
        passages.add(new TimelineBuilder.SourcedPassage(p, sha));
        int start = p.text().indexOf(words);
        suggestions.add(new Suggestion(String.format("S-%04d", suggestions.size() + 1), p.id(), category,
                "test." + category.name().toLowerCase(java.util.Locale.ROOT), start, start + words.length(), words,
                "De woorden “" + words + "” passen bij " + category.dutch() + ".", "Explanation", Confidence.HIGH,
                state, null));
        return this;
    }

    private static EventTime at(String when, TimePrecision precision) {
        return EventTime.at(ZonedDateTime.of(LocalDateTime.parse(when), ZoneId.of("Europe/Amsterdam")), precision);
    }

    Timeline build() {
        CaseFile file = CaseFile.create(new Parketnummer("10/123456-24"), "Zaak Jansen", Instant.EPOCH)
                .withParty(PartyRole.VERDACHTE, "Mark de Vries", List.of("+31600000001", "Mark"))
                .withParty(PartyRole.SLACHTOFFER, "Anna Jansen", List.of(VICTIM_PHONE_ALIAS, VICTIM_EMAIL))
                .withParty(PartyRole.KIND, "Sophie", List.of());
        List<EvidenceRecord> evidence = List.of(
                new EvidenceRecord(new Evidence("E-0001", CHAT_SHA, 4096,
                        "/home/rechercheur/zaak/beslag/telefoon/WhatsApp Chat met Anna.txt", "WhatsApp Chat met Anna.txt",
                        "text/plain", SourceKind.CHAT_EXPORT, null, null, Instant.EPOCH, "rechercheur"),
                        IngestState.INDEXED, null, messages),
                new EvidenceRecord(new Evidence("E-0002", PV_SHA, 81920,
                        "/home/rechercheur/zaak/beslag/pv/aangifte.pdf", "aangifte.pdf", "application/pdf",
                        SourceKind.PROCES_VERBAAL_AANGIFTE, null, null, Instant.EPOCH, "rechercheur"),
                        IngestState.INDEXED, null, 1));
        return TimelineBuilder.build(file, evidence, passages, passages.size() + 40, suggestions);
    }
}
