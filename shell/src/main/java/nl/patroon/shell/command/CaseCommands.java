package nl.patroon.shell.command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.shell.support.CaseSession;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** Creating a case and managing its parties. */
@ShellComponent
public class CaseCommands {
    private final CaseSession session;

    public CaseCommands(CaseSession session) {
        this.session = session;
    }

    @ShellMethod(key = {"zaak nieuw", "case init"}, group = "Zaak",
            value = "Maak een nieuwe zaakmap aan (case.json, case.db, evidence/, index/, audit.log, exports/).")
    public String init(
            @ShellOption(help = "map van de nieuwe zaak") String dir,
            @ShellOption(value = {"--parket", "--parketnummer"}, help = "parketnummer, bijv. 10/123456-24") String parket,
            @ShellOption(value = {"--title", "--titel"}, defaultValue = ShellOption.NULL, help = "titel") String title) {
        Path root = Path.of(dir).toAbsolutePath().normalize();
        try (CaseWorkspace ws = CaseWorkspace.create(root, new Parketnummer(parket), title, session.clock(),
                session.user())) {
            session.remember(root);
            return "Zaak " + ws.caseFile().parketnummer() + " aangemaakt in " + root;
        }
    }

    @ShellMethod(key = {"partij toevoegen", "party add"}, group = "Zaak",
            value = "Voeg een partij toe (slachtoffer, verdachte, kind, getuige, derde) met aliassen.")
    public String add(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--role", "--rol"}, help = "slachtoffer|verdachte|kind|getuige|derde") String role,
            @ShellOption(value = {"--name", "--naam"}, help = "naam") String name,
            @ShellOption(value = {"--alias"}, defaultValue = ShellOption.NULL, arity = Integer.MAX_VALUE,
                    help = "alias (naam, telefoonnummer, e-mailadres); herhaalbaar") String[] aliases) {
        try (CaseWorkspace ws = session.open(caseDir)) {
            List<String> list = aliases == null ? List.of() : Arrays.stream(aliases).map(String::strip)
                    .filter(a -> !a.isEmpty()).toList();
            CaseFile next = ws.caseFile().withParty(PartyRole.parse(role), name, list);
            Party added = next.parties().get(next.parties().size() - 1);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("party", added.id());
            details.put("role", added.role().code());
            details.put("name", added.name());
            details.put("aliases", added.aliases());
            ws.update(next, "party.add", details);
            return "Partij " + added.id() + " toegevoegd: " + added.name() + " (" + added.role().code() + ")"
                    + (list.isEmpty() ? "" : ", aliassen: " + String.join(", ", list));
        }
    }

    @ShellMethod(key = {"partij lijst", "party list"}, group = "Zaak", value = "Toon de partijen van de zaak.")
    public String list(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir) {
        try (CaseWorkspace ws = session.open(caseDir)) {
            if (ws.caseFile().parties().isEmpty()) {
                return "Nog geen partijen. Voeg er een toe met: party add --role verdachte --name \"…\"";
            }
            StringBuilder sb = new StringBuilder();
            for (Party p : ws.caseFile().parties()) {
                sb.append(p.id()).append("  ").append(String.format("%-12s", p.role().code())).append(p.name());
                if (!p.aliases().isEmpty()) {
                    sb.append("  [").append(String.join(", ", p.aliases())).append(']');
                }
                sb.append('\n');
            }
            return sb.toString().stripTrailing();
        }
    }
}
