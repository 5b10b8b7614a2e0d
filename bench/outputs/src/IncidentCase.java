import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.order.Order;
import nl.patroon.core.order.OrderKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineBuilder;

/**
 * A synthetic case of N confirmed incidents, one every 211 minutes from January 2023 (5,000 span 25 months), each
 * resting on 1-3 sources: the suspect's chat message (always), a paragraph of a police report (two in three) and
 * a doctor's or witness's statement (one in three); every source is also a confirmed timeline entry, so the
 * export shows N incidents and about 2N entries. One incident in ten names a phone number, e-mail address,
 * street address and the children's school (redacted for the defence). Two children; orders: a huisverbod, a
 * contactverbod for a year (breached by every ORDER_VIOLATION incident in it), an omgangsregeling that conflicts
 * with it and an ondertoezichtstelling.
 */
final class IncidentCase {
    static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
    static final Category[][] CATS = {{Category.THREAT_TO_KILL}, {Category.MONITORING}, {Category.HUMILIATION},
            {Category.STALKING, Category.ORDER_VIOLATION}, {Category.PHYSICAL_VIOLENCE, Category.CHILD_EXPOSURE},
            {Category.JEALOUSY_POSSESSION}, {Category.CUSTODY_THREAT}, {Category.STRANGULATION},
            {Category.ISOLATION}, {Category.ECONOMIC_CONTROL}};
    static final String[] WORDS = {"ik maak je af", "waar ben je", "jij bent niks", "ik sta voor je deur",
            "hij sloeg haar waar de kinderen bij waren", "je bent van mij", "je ziet de kinderen nooit meer",
            "hij kneep haar keel dicht", "je mag niet naar je moeder", "geef me je pinpas"};

    final List<TimelineBuilder.SourcedPassage> passages = new ArrayList<>();
    final List<Suggestion> suggestions = new ArrayList<>();
    final List<Incident> incidents = new ArrayList<>();
    final List<Order> orders;
    final Timeline timeline;

    IncidentCase(int n) {
        ZonedDateTime start = ZonedDateTime.of(2023, 1, 1, 8, 0, 0, 0, AMS);
        String sha = "d4".repeat(32);
        int report = 0;
        int statement = 0;
        for (int i = 0; i < n; i++) {
            int k = i % CATS.length;
            ZonedDateTime at = start.plusMinutes(i * 211L);
            String extra = i % 10 == 0 ? " Bel 06-1234" + String.format("%04d", i % 10000) + " of mail anna" + i
                    + "@example.nl, ik weet dat je op de Dorpsstraat " + (i % 200 + 1)
                    + " woont bij Basisschool De Regenboog." : "";
            List<SupportingPassage> sources = new ArrayList<>();
            sources.add(source(new Passage("E-0001", Locator.message(i + 1, i + 1),
                    EventTime.at(at, TimePrecision.MINUTE), "Mark", "P-01", "nl", false,
                    "Bericht " + i + ": " + WORDS[k] + ", echt waar." + extra), k, SourceOrigin.SUSPECT, sha));
            if (i % 3 >= 1) {
                report++;
                sources.add(source(new Passage("E-0002", Locator.onPage(1 + report / 40, report % 40 + 1),
                        EventTime.at(at, TimePrecision.APPROXIMATE), null, null, "nl", false,
                        "Aangeefster verklaarde dat " + WORDS[k] + " (incident " + i + ")." + extra, "aangeefster"),
                        k, SourceOrigin.POLICE, sha));
            }
            if (i % 3 == 2) {
                statement++;
                sources.add(source(new Passage("E-0003", Locator.onPage(1 + statement / 40, statement % 40 + 1),
                        EventTime.at(at, TimePrecision.DAY), null, null, "nl", false,
                        "De getuige zag dat " + WORDS[k] + " (incident " + i + ").", "getuige"),
                        k, i % 2 == 0 ? SourceOrigin.MEDICAL : SourceOrigin.WITNESS, sha));
            }
            incidents.add(new Incident(String.format("I-%04d", i + 1), EventTime.at(at, TimePrecision.MINUTE),
                    List.of(CATS[k]), Actor.SUSPECT, "Incident " + i + ": " + WORDS[k] + "." + extra, sources));
        }
        orders = List.of(
                new Order("O-0001", OrderKind.HUISVERBOD, List.of("P-02", "P-03", "P-04"), "P-01",
                        LocalDate.parse("2023-03-01"), Optional.of(LocalDate.parse("2023-03-28")),
                        Optional.of("E-0002"), "Huisverbod van 28 dagen"),
                new Order("O-0002", OrderKind.CONTACTVERBOD, List.of("P-02", "P-03", "P-04"), "P-01",
                        LocalDate.parse("2024-01-01"), Optional.of(LocalDate.parse("2024-12-31")),
                        Optional.of("E-0002"), "Geen contact, ook niet via anna@example.nl"),
                new Order("O-0003", OrderKind.OMGANG, List.of("P-03", "P-04"), "P-01",
                        LocalDate.parse("2022-06-01"), Optional.empty(), Optional.empty(), "Om het weekend"),
                new Order("O-0004", OrderKind.OTS, List.of("P-03", "P-04"), "P-01", LocalDate.parse("2024-06-01"),
                        Optional.of(LocalDate.parse("2025-06-01")), Optional.empty(), ""));
        CaseFile file = CaseFile.create(new Parketnummer("10/123456-24"), "Benchmarkzaak (incidenten)", Instant.EPOCH)
                .withParty(PartyRole.VERDACHTE, "Mark de Vries", List.of("Mark"))
                .withParty(PartyRole.SLACHTOFFER, "Anna Jansen", List.of("+31612345678"))
                .withParty(PartyRole.KIND, "Sophie", List.of())
                .withParty(PartyRole.KIND, "Daan", List.of());
        List<EvidenceRecord> evidence = List.of(
                evidence("E-0001", "telefoon/chat.txt", SourceKind.CHAT_EXPORT, sha, n),
                evidence("E-0002", "pv/aangifte.pdf", SourceKind.PROCES_VERBAAL_AANGIFTE, sha, report),
                evidence("E-0003", "pv/verhoor-getuige.pdf", SourceKind.PROCES_VERBAAL_VERHOOR, sha, statement));
        timeline = TimelineBuilder.build(file, evidence, passages, passages.size(), suggestions);
    }

    private SupportingPassage source(Passage p, int k, SourceOrigin origin, String sha) {
        passages.add(new TimelineBuilder.SourcedPassage(p, sha));
        String words = WORDS[k];
        int s = p.text().indexOf(words);
        String id = String.format("S-%06d", suggestions.size() + 1);
        suggestions.add(new Suggestion(id, p.id(), CATS[k][0], "bench.rule", s, s + words.length(), words,
                "Past bij " + CATS[k][0].dutch() + ".", "Fits.", Confidence.HIGH, ReviewState.CONFIRMED, null));
        return new SupportingPassage(p.evidenceId(), p.locator().code(), words, origin, "", id);
    }

    private static EvidenceRecord evidence(String id, String path, SourceKind kind, String sha, int passages) {
        return new EvidenceRecord(new Evidence(id, sha, 1_000_000, "/mnt/beslag/" + path,
                path.substring(path.indexOf('/') + 1), "application/octet-stream", kind, null, null, Instant.EPOCH,
                "bench"), IngestState.INDEXED, null, passages);
    }
}
