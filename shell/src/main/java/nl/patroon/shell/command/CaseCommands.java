package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.casefile.ListParties;
import nl.patroon.app.casefile.MapAuthor;
import nl.patroon.app.casefile.UnresolvedAuthors;
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
    private final CreateCase createCase;
    private final AddParty addParty;
    private final ListParties listParties;
    private final UnresolvedAuthors unresolvedAuthors;
    private final MapAuthor mapAuthor;

    public CaseCommands(CaseSession session, CreateCase createCase, AddParty addParty, ListParties listParties,
                        UnresolvedAuthors unresolvedAuthors, MapAuthor mapAuthor) {
        this.session = session;
        this.createCase = createCase;
        this.addParty = addParty;
        this.listParties = listParties;
        this.unresolvedAuthors = unresolvedAuthors;
        this.mapAuthor = mapAuthor;
    }

    @ShellMethod(key = {"zaak nieuw", "case init"}, group = "Zaak",
            value = "Maak een nieuwe zaakmap aan (case.json, case.db, evidence/, index/, audit.log, exports/).")
    public String init(
            @ShellOption(help = "map van de nieuwe zaak") String dir,
            @ShellOption(value = {"--parket", "--parketnummer"}, help = "parketnummer, bijv. 10/123456-24") String parket,
            @ShellOption(value = {"--title", "--titel"}, defaultValue = ShellOption.NULL, help = "titel") String title) {
        Path root = Path.of(dir).toAbsolutePath().normalize();
        CreateCase.Result created = createCase.run(new CreateCase.Request(root, new Parketnummer(parket), title));
        session.remember(created.root());
        return "Zaak " + created.parketnummer() + " aangemaakt in " + created.root();
    }

    @ShellMethod(key = {"partij toevoegen", "party add"}, group = "Zaak",
            value = "Voeg een partij toe (slachtoffer, verdachte, kind, getuige, derde) met aliassen.")
    public String add(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--role", "--rol"}, help = "slachtoffer|verdachte|kind|getuige|derde") String role,
            @ShellOption(value = {"--name", "--naam"}, help = "naam") String name,
            @ShellOption(value = {"--alias"}, defaultValue = ShellOption.NULL, arity = Integer.MAX_VALUE,
                    help = "alias (naam, telefoonnummer, e-mailadres); herhaalbaar") String[] aliases) {
        AddParty.Request request = new AddParty.Request(session.use(caseDir), PartyRole.parse(role), name,
                aliases == null ? List.of() : Arrays.asList(aliases));
        Party added = addParty.run(request).added();
        return "Partij " + added.id() + " toegevoegd: " + added.name() + " (" + added.role().code() + ")"
                + (request.aliases().isEmpty() ? "" : ", aliassen: " + String.join(", ", request.aliases()));
    }

    @ShellMethod(key = {"partij onbekend", "party unresolved"}, group = "Zaak",
            value = "Toon afzenders die nog aan geen partij gekoppeld zijn, met hun aantal berichten.")
    public String unresolved(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir)
            throws IOException {
        UnresolvedAuthors.Result r = unresolvedAuthors.run(new UnresolvedAuthors.Request(session.use(caseDir)));
        if (!r.indexed()) {
            return "De zaak heeft nog geen ingelezen passages.";
        }
        if (r.authors().isEmpty()) {
            return "Alle afzenders zijn aan een partij gekoppeld.";
        }
        StringBuilder sb = new StringBuilder("Niet gekoppelde afzenders (koppel met: party map --author \"…\""
                + " --party P-0x):\n");
        for (Map.Entry<String, Integer> e : r.authors().entrySet()) {
            sb.append(String.format("  %5d  %s%n", e.getValue(), e.getKey()));
        }
        return sb.toString().stripTrailing();
    }

    @ShellMethod(key = {"partij koppel", "party map"}, group = "Zaak",
            value = "Koppel een afzender aan een partij (wordt alias) en werk de passages bij zonder opnieuw in te lezen.")
    public String map(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--author", "--afzender"}, help = "de afzender zoals in het bewijs") String author,
            @ShellOption(value = {"--party", "--partij"}, help = "partij-id, bijv. P-02") String partyId)
            throws IOException {
        MapAuthor.Result r = mapAuthor.run(new MapAuthor.Request(session.use(caseDir), author, partyId));
        return r.passages() + " passage(s) van \"" + author + "\" gekoppeld aan " + r.party().id() + " "
                + r.party().name() + "; de afzender is als alias toegevoegd.";
    }

    @ShellMethod(key = {"partij lijst", "party list"}, group = "Zaak", value = "Toon de partijen van de zaak.")
    public String list(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir) {
        List<Party> parties = listParties.run(new ListParties.Request(session.use(caseDir))).parties();
        if (parties.isEmpty()) {
            return "Nog geen partijen. Voeg er een toe met: party add --role verdachte --name \"…\"";
        }
        StringBuilder sb = new StringBuilder();
        for (Party p : parties) {
            sb.append(p.id()).append("  ").append(String.format("%-12s", p.role().code())).append(p.name());
            if (!p.aliases().isEmpty()) {
                sb.append("  [").append(String.join(", ", p.aliases())).append(']');
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
