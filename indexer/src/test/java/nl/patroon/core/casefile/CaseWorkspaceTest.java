package nl.patroon.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.patroon.core.audit.AuditLog;
import nl.patroon.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void a_new_case_has_the_documented_layout_and_is_private() throws Exception {
        Path root = tmp.resolve("zaak");
        try (CaseWorkspace ws = CaseWorkspace.create(root, new Parketnummer("10/123456-24"), "Zaak Jansen",
                Clock.systemUTC(), "tester")) {
            assertThat(ws.caseFile().parketnummer()).isEqualTo("10/123456-24");
        }
        assertThat(root.resolve("case.json")).isRegularFile();
        assertThat(root.resolve("case.db")).isRegularFile();
        assertThat(root.resolve("audit.log")).isRegularFile();
        assertThat(root.resolve("evidence")).isDirectory();
        assertThat(root.resolve("index")).isDirectory();
        assertThat(root.resolve("exports")).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("case.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("audit.log"))))
                .isEqualTo("rw-------");
        assertThat(Json.mapper().readTree(root.resolve("case.json").toFile()).path("schemaVersion").asInt())
                .isEqualTo(CaseFile.SCHEMA_VERSION);
    }

    @Test
    void parties_survive_reopening_and_every_change_is_audited() {
        Path root = tmp.resolve("zaak");
        CaseWorkspace.create(root, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t").close();
        try (CaseWorkspace ws = CaseWorkspace.open(root, Clock.systemUTC(), "t")) {
            ws.update(ws.caseFile().withParty(PartyRole.VERDACHTE, "Mark de Vries", List.of("+31600000001")),
                    "party.add", Map.of("party", "P-01"));
        }
        try (CaseWorkspace ws = CaseWorkspace.open(root, Clock.systemUTC(), "t")) {
            assertThat(ws.caseFile().parties()).singleElement()
                    .satisfies(p -> {
                        assertThat(p.id()).isEqualTo("P-01");
                        assertThat(p.role()).isEqualTo(PartyRole.VERDACHTE);
                        assertThat(p.aliases()).containsExactly("+31600000001");
                    });
            assertThat(AuditLog.verify(ws.auditFile(), ws.anchoredAuditHead()).lines()).isEqualTo(2);
            assertThat(AuditLog.verify(ws.auditFile(), ws.anchoredAuditHead()).ok()).isTrue();
        }
    }

    @Test
    void opening_a_case_only_to_read_does_not_re_anchor_the_audit_log_so_a_removed_last_line_is_still_caught()
            throws Exception {
        Path root = tmp.resolve("zaak");
        CaseWorkspace.create(root, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t").close();
        try (CaseWorkspace ws = CaseWorkspace.open(root, Clock.systemUTC(), "t")) {
            ws.update(ws.caseFile().withParty(PartyRole.VERDACHTE, "Mark de Vries", List.of()), "party.add",
                    Map.of("party", "P-01"));
        }
        List<String> lines = Files.readAllLines(root.resolve("audit.log"));
        Files.write(root.resolve("audit.log"), lines.subList(0, 1)); // someone removes the last line

        CaseWorkspace.open(root, Clock.systemUTC(), "t").close(); // a search opens and closes the case

        try (CaseWorkspace ws = CaseWorkspace.open(root, Clock.systemUTC(), "t")) {
            assertThat(AuditLog.verify(ws.auditFile(), ws.anchoredAuditHead()).ok()).isFalse();
        }
    }

    @Test
    void an_existing_case_is_never_overwritten() {
        Path root = tmp.resolve("zaak");
        CaseWorkspace.create(root, new Parketnummer("10/123456-24"), null, Clock.systemUTC(), "t").close();
        assertThatThrownBy(() -> CaseWorkspace.create(root, new Parketnummer("10/654321-24"), null,
                Clock.systemUTC(), "t")).isInstanceOf(CaseStorageException.class).hasMessageContaining("al een zaak");
    }

    @Test
    void opening_a_folder_without_a_case_says_how_to_make_one() {
        assertThatThrownBy(() -> CaseWorkspace.open(tmp, Clock.systemUTC(), "t"))
                .isInstanceOf(CaseStorageException.class).hasMessageContaining("case init");
    }

    @Test
    void parketnummers_are_validated() {
        assertThat(new Parketnummer(" 08.087329.23 ").value()).isEqualTo("08.087329.23");
        assertThat(new Parketnummer("05-780013-20").value()).isEqualTo("05-780013-20");
        assertThatThrownBy(() -> new Parketnummer("123")).hasMessageContaining("NN/NNNNNN-JJ");
    }

    @Test
    void roles_are_read_in_dutch_or_english() {
        assertThat(PartyRole.parse("Slachtoffer")).isEqualTo(PartyRole.SLACHTOFFER);
        assertThat(PartyRole.parse("suspect")).isEqualTo(PartyRole.VERDACHTE);
        assertThatThrownBy(() -> PartyRole.parse("buurman")).hasMessageContaining("Kies uit");
    }
}
