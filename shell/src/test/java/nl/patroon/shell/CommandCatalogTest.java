package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.command.CommandCatalog;

/** The command names and their aliases are public interface: scripts of investigators depend on them. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "spring.shell.noninteractive.enabled=false"})
class CommandCatalogTest {
    @Autowired
    CommandCatalog catalog;

    @Test
    void every_command_answers_to_its_dutch_name_and_its_english_alias() {
        assertThat(catalog.getRegistrations().keySet()).contains(
                "zaak nieuw", "case init",
                "partij toevoegen", "party add",
                "partij lijst", "party list",
                "partij onbekend", "party unresolved",
                "partij koppel", "party map",
                "inlezen", "ingest",
                "zoek", "search",
                "exporteer", "export",
                "verifieer", "verify",
                "bewijs lijst", "evidence list",
                "bewijs tijdzone", "evidence zone",
                "classificeer", "classify",
                "detecteer opnieuw", "redetect",
                "demo",
                "suggestie lijst", "suggestion list",
                "suggestie bevestig", "suggestion confirm",
                "suggestie verwerp", "suggestion reject",
                "suggestie terzijde", "suggestion setaside",
                "suggestie ongedaan", "suggestion undo",
                "incident nieuw", "incident add",
                "incident lijst", "incident list",
                "incident toon", "incident show",
                "incident koppel", "incident link",
                "incident ontkoppel", "incident unlink",
                "incident samenvoegen", "incident merge",
                "incident splits", "incident split",
                "incident voorstellen", "incident proposals",
                "incident voorstel aanvaard", "incident proposal accept",
                "incident voorstel weiger", "incident proposal refuse",
                "verbod toevoegen", "order add",
                "verbod lijst", "order list",
                "analyseer", "analyse");
    }
}
