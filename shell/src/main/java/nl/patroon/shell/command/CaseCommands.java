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

    @ShellMethod(key = {"partij onbekend", "party unresolved"}, group = "Zaak",
            value = "Toon afzenders die nog aan geen partij gekoppeld zijn, met hun aantal berichten.")
    public String unresolved(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir)
            throws java.io.IOException {
        try (CaseWorkspace ws = session.open(caseDir)) {
            if (!nl.patroon.indexer.index.PassageSearcher.exists(ws.indexDir())) {
                return "De zaak heeft nog geen ingelezen passages.";
            }
            try (var searcher = new nl.patroon.indexer.index.PassageSearcher(ws.indexDir())) {
                var authors = searcher.unresolvedAuthors();
                if (authors.isEmpty()) {
                    return "Alle afzenders zijn aan een partij gekoppeld.";
                }
                StringBuilder sb = new StringBuilder("Niet gekoppelde afzenders (koppel met: party map --author \"…\""
                        + " --party P-0x):\n");
                authors.forEach((a, n) -> sb.append(String.format("  %5d  %s%n", n, a)));
                return sb.toString().stripTrailing();
            }
        }
    }

    @ShellMethod(key = {"partij koppel", "party map"}, group = "Zaak",
            value = "Koppel een afzender aan een partij (wordt alias) en werk de passages bij zonder opnieuw in te lezen.")
    public String map(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--author", "--afzender"}, help = "de afzender zoals in het bewijs") String author,
            @ShellOption(value = {"--party", "--partij"}, help = "partij-id, bijv. P-02") String partyId)
            throws java.io.IOException {
        try (CaseWorkspace ws = session.open(caseDir)) {
            CaseFile file = ws.caseFile();
            Party party = file.parties().stream().filter(p -> p.id().equalsIgnoreCase(partyId.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Onbekende partij " + partyId
                            + "; zie: party list"));
            java.util.List<Party> parties = new java.util.ArrayList<>(file.parties());
            if (!party.aliases().contains(author)) {
                java.util.List<String> aliases = new java.util.ArrayList<>(party.aliases());
                aliases.add(author);
                parties.set(parties.indexOf(party), new Party(party.id(), party.role(), party.name(), aliases));
            }
            int changed;
            try (var writer = new nl.patroon.indexer.index.PassageIndexWriter(ws.indexDir())) {
                changed = writer.reattribute(author, party.id());
                writer.commit();
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("author", author);
            details.put("party", party.id());
            details.put("passages", changed);
            ws.update(new CaseFile(file.schemaVersion(), file.parketnummer(), file.title(), file.createdAt(),
                    file.timeZone(), file.language(), parties), "party.map", details);
            return changed + " passage(s) van \"" + author + "\" gekoppeld aan " + party.id() + " " + party.name()
                    + "; de afzender is als alias toegevoegd.";
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
