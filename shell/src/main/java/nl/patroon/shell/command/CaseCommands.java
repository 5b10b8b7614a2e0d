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
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.Messages;
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
        return Messages.get("case.created", created.parketnummer(), created.root());
    }

    @ShellMethod(key = {"partij toevoegen", "party add"}, group = "Zaak",
            value = "Voeg een partij toe (slachtoffer, verdachte, kind, getuige, derde) met aliassen.")
    public String add(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = {"--role", "--rol"}, help = "slachtoffer|verdachte|kind|getuige|derde",
                    valueProvider = Completions.Roles.class) String role,
            @ShellOption(value = {"--name", "--naam"}, help = "naam") String name,
            @ShellOption(value = {"--alias"}, defaultValue = ShellOption.NULL, arity = Integer.MAX_VALUE,
                    help = "alias (naam, telefoonnummer, e-mailadres); herhaalbaar") String[] aliases) {
        Path dir = session.use(caseDir);
        AddParty.Request request = new AddParty.Request(dir, PartyRole.parse(role), name,
                aliases == null ? List.of() : Arrays.asList(aliases));
        Party added = addParty.run(request).added();
        return CaseSession.header(dir) + "\n" + Messages.get("party.added", added.id(), added.name(),
                added.role().code()) + (request.aliases().isEmpty() ? ""
                : Messages.get("party.aliases", String.join(", ", request.aliases())));
    }

    @ShellMethod(key = {"partij onbekend", "party unresolved"}, group = "Zaak",
            value = "Toon afzenders die nog aan geen partij gekoppeld zijn, met hun aantal berichten.")
    public String unresolved(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir)
            throws IOException {
        Path dir = session.use(caseDir);
        UnresolvedAuthors.Result r = unresolvedAuthors.run(new UnresolvedAuthors.Request(dir));
        String header = CaseSession.header(dir) + "\n";
        if (!r.indexed()) {
            return header + Messages.get("case.not-indexed");
        }
        if (r.authors().isEmpty()) {
            return header + Messages.get("party.all-mapped");
        }
        StringBuilder sb = new StringBuilder(header).append(Messages.get("party.unresolved")).append('\n');
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
            @ShellOption(value = {"--party", "--partij"}, help = "partij-id, bijv. P-02",
                    valueProvider = Completions.Parties.class) String partyId)
            throws IOException {
        Path dir = session.use(caseDir);
        MapAuthor.Result r = mapAuthor.run(new MapAuthor.Request(dir, author, partyId));
        return CaseSession.header(dir) + "\n" + Messages.get("party.mapped", r.passages(), author, r.party().id(),
                r.party().name());
    }

    @ShellMethod(key = {"partij lijst", "party list"}, group = "Zaak", value = "Toon de partijen van de zaak.")
    public String list(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir) {
        Path dir = session.use(caseDir);
        List<Party> parties = listParties.run(new ListParties.Request(dir)).parties();
        if (parties.isEmpty()) {
            return CaseSession.header(dir) + "\n" + Messages.get("party.none");
        }
        StringBuilder sb = new StringBuilder(CaseSession.header(dir)).append('\n');
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
