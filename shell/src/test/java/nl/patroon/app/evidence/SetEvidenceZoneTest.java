package nl.patroon.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import nl.patroon.app.Adapters;
import nl.patroon.app.Settings;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.search.SearchHit;
import nl.patroon.indexer.index.PassageSearcher;
import nl.patroon.indexer.store.EvidenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A per-item time zone: validated, recorded, audited, and the item's passages dated again in it. */
class SetEvidenceZoneTest {
    /** Fictional chat written on a phone that was on Curaçao (UTC-4) while the case runs in Amsterdam. */
    static final String CHAT = "08-06-2024 23:40 - Mark Jansen: Waar ben je? Ik weet waar je bent.\n"
            + "09-06-2024 00:15 - Sanne de Vries: Laat me met rust\n";

    @TempDir
    Path tmp;

    private final Adapters adapters = new Adapters(new Settings(Path.of(""), null, "rechercheur",
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)));

    private Path caseWithChat() throws Exception {
        Path root = tmp.resolve("zaak");
        new CreateCase(adapters).run(new CreateCase.Request(root, new Parketnummer("10/123456-24"), "Proef"));
        Path chat = Files.writeString(tmp.resolve("WhatsApp-chat met Mark.txt"), CHAT);
        new Ingest(adapters).run(Ingest.Request.of(root, List.of(chat), Ingest.Progress.NONE));
        return root;
    }

    private static List<ZonedDateTime> times(Path root) throws Exception {
        try (PassageSearcher s = new PassageSearcher(root.resolve("index"))) {
            return s.passagesOf("E-0001").stream().map(SearchHit::passage).map(p -> p.time().start()).toList();
        }
    }

    @Test
    void theItemsPassagesAreDatedAgainInItsZoneAndTheChangeIsRecordedAndAudited() throws Exception {
        Path root = caseWithChat();
        assertThat(times(root).get(0).toInstant()).isEqualTo(Instant.parse("2024-06-08T21:40:00Z"));
        byte[] original;
        String sha;
        try (CaseWorkspace ws = adapters.open(root)) {
            sha = ws.evidence().evidenceById("E-0001").orElseThrow().evidence().sha256();
            original = Files.readAllBytes(EvidenceStore.in(ws).fileFor(sha));
        }

        SetEvidenceZone.Result r = new SetEvidenceZone(adapters).run(
                new SetEvidenceZone.Request(root, "e-0001", ZoneId.of("America/Curacao")));

        assertThat(r.evidenceId()).isEqualTo("E-0001");
        assertThat(r.previous()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(r.passages()).isEqualTo(2);
        assertThat(r.dated()).isEqualTo(2);
        // the wall-clock time the phone showed is kept; the moment moves by the six hours between the zones, so the
        // message of 23:40 on the 8th falls on the 9th in the case's own zone
        List<ZonedDateTime> after = times(root);
        assertThat(after.get(0).toLocalDateTime()).hasToString("2024-06-08T23:40");
        assertThat(after.get(0).getZone()).isEqualTo(ZoneId.of("America/Curacao"));
        assertThat(after.get(0).toInstant()).isEqualTo(Instant.parse("2024-06-09T03:40:00Z"));
        assertThat(after.get(0).withZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate())
                .hasToString("2024-06-09");
        try (CaseWorkspace ws = adapters.open(root)) {
            assertThat(ws.evidence().evidenceMetadata().get("E-0001"))
                    .containsEntry(SetEvidenceZone.ZONE_KEY, "America/Curacao");
            assertThat(Files.readAllBytes(EvidenceStore.in(ws).fileFor(sha))).isEqualTo(original);
            assertThat(ws.evidence().evidenceById("E-0001").orElseThrow().passages()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(root.resolve("audit.log"))).anySatisfy(line -> assertThat(line)
                .contains("evidence.zone").contains("America/Curacao").contains("Europe/Amsterdam")
                .contains("E-0001"));

        // set back: the times are those of the first read again, and the previous zone is the one set before
        SetEvidenceZone.Result back = new SetEvidenceZone(adapters).run(
                new SetEvidenceZone.Request(root, "E-0001", ZoneId.of("Europe/Amsterdam")));
        assertThat(back.previous()).isEqualTo(ZoneId.of("America/Curacao"));
        assertThat(times(root).get(0).toInstant()).isEqualTo(Instant.parse("2024-06-08T21:40:00Z"));
    }

    @Test
    void anUnknownItemIsRefusedInOneDutchLine() throws Exception {
        Path root = caseWithChat();

        assertThatThrownBy(() -> new SetEvidenceZone(adapters).run(
                new SetEvidenceZone.Request(root, "E-0099", ZoneId.of("UTC"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Onbekend bewijsstuk 'E-0099'; zie: evidence list");
    }

    @Test
    void onlyIanaZoneNamesAreTakenAnyCaseAndOffsetsOrAbbreviationsAreRefusedWithAnExample() {
        assertThat(SetEvidenceZone.zone("America/Curacao")).isEqualTo(ZoneId.of("America/Curacao"));
        assertThat(SetEvidenceZone.zone(" europe/amsterdam ")).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(SetEvidenceZone.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
        for (String bad : List.of("+02:00", "CEST", "Amsterdam", "", "Europe/Atlantis")) {
            assertThatThrownBy(() -> SetEvidenceZone.zone(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Onbekende tijdzone '" + bad + "'")
                    .hasMessageContaining("bijv. --zone Europe/Amsterdam").hasMessageNotContaining("\n");
        }
    }
}
