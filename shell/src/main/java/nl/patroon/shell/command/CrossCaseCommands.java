package nl.patroon.shell.command;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import nl.patroon.app.crosscase.LinkedPerson;
import nl.patroon.app.crosscase.PublishCase;
import nl.patroon.shell.support.CaseSession;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/**
 * Cross-case search on a shared SolrCloud collection: publishing a case and the prior history of a person. The
 * Solr user and password come from PATROON_SOLR_USER and PATROON_SOLR_PASSWORD (never from the command line).
 */
@ShellComponent
public class CrossCaseCommands {
    private final CaseSession session;
    private final PublishCase publishCase;
    private final LinkedPerson linkedPerson;

    public CrossCaseCommands(CaseSession session, PublishCase publishCase, LinkedPerson linkedPerson) {
        this.session = session;
        this.publishCase = publishCase;
        this.linkedPerson = linkedPerson;
    }

    @ShellMethod(key = {"publiceer", "publish"}, group = "Over zaken heen",
            value = "Zet partijen (en met --met-passages ook de berichten) van de zaak in de gedeelde Solr-index.")
    public String publish(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap") String caseDir,
            @ShellOption(value = "--solr", help = "ZooKeeper-adressen (zk1:2181,zk2:2181/solr) of Solr-URL's")
            String solr,
            @ShellOption(value = {"--label"}, help = "toegangslabel, bijvoorbeeld oost-brabant-zeden") String label,
            @ShellOption(value = {"--collectie", "--collection"}, defaultValue = ShellOption.NULL,
                    help = "naam van de collectie (standaard patroon)") String collection,
            @ShellOption(value = {"--met-passages", "--with-passages"}, defaultValue = "false",
                    help = "ook de tekst van berichten en verslagen") boolean withPassages) throws IOException {
        PublishCase.Result r = publishCase.run(new PublishCase.Request(session.use(caseDir), solr, collection, label,
                withPassages, System.getenv()));
        return String.format("Zaak %s gepubliceerd onder label %s: %d partijen, %d passages, %d incidenten, "
                        + "%d verboden%s.", r.parketnummer(), r.label(), r.parties(), r.passages(), r.incidents(),
                r.orders(), r.resumedAfter() > 0 ? " (hervat na " + r.resumedAfter() + " documenten)" : "");
    }

    @ShellMethod(key = {"gekoppeld", "linked"}, group = "Over zaken heen",
            value = "Eerdere zaken, verboden en incidenten over dezelfde persoon (telefoon, e-mail of naam).")
    public String linked(
            @ShellOption(value = {"--person", "--persoon"}, help = "telefoonnummer, e-mailadres of naam")
            String person,
            @ShellOption(value = {"--geboren", "--born"}, defaultValue = ShellOption.NULL,
                    help = "geboortedatum (JJJJ-MM-DD), maakt een naam zeker") String born,
            @ShellOption(value = "--labels", help = "toegangslabels die u heeft, met komma's") String labels,
            @ShellOption(value = "--solr", help = "ZooKeeper-adressen of Solr-URL's") String solr,
            @ShellOption(value = {"--collectie", "--collection"}, defaultValue = ShellOption.NULL,
                    help = "naam van de collectie (standaard patroon)") String collection) throws IOException {
        LinkedPerson.Result r = linkedPerson.run(new LinkedPerson.Request(person,
                Optional.ofNullable(born).map(LocalDate::parse), Arrays.asList(labels.split(",")), solr, collection,
                System.getenv()));
        if (r.cases().isEmpty()) {
            return "Geen eerdere zaken gevonden voor " + person + " (binnen uw labels).";
        }
        StringBuilder sb = new StringBuilder(r.cases().size() == 1 ? "1 eerdere zaak" : r.cases().size()
                + " eerdere zaken").append(" voor ").append(person).append(":\n");
        for (LinkedPerson.LinkedCase c : r.cases()) {
            sb.append('\n').append(c.parketnummer()).append("  ").append(c.role()).append("  ").append(c.name())
                    .append("  [").append(matchText(c.match())).append("]  label ").append(c.label()).append('\n');
            if (c.passages() > 0) {
                sb.append("    ").append(c.passages()).append(c.passages() == 1 ? " bericht" : " berichten");
                c.firstPassage().ifPresent(t -> sb.append(" van ").append(t.toString(), 0, 10));
                c.lastPassage().ifPresent(t -> sb.append(" tot ").append(t.toString(), 0, 10));
                sb.append('\n');
            }
            for (LinkedPerson.Fact f : c.facts()) {
                sb.append("    ").append(f.date()).append(f.until().map(u -> " – " + u).orElse("")).append("  ")
                        .append(f.kind().equals("order") ? "verbod" : "incident").append("  ")
                        .append(String.join(", ", f.categories()));
                if (!f.redFlags().isEmpty()) {
                    sb.append("  ROOD: ").append(String.join(", ", f.redFlags()));
                }
                sb.append("  ").append(f.description()).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String matchText(String match) {
        return switch (match) {
            case "exact_phone" -> "zelfde telefoonnummer";
            case "exact_email" -> "zelfde e-mailadres";
            case "name_and_birth_date" -> "naam en geboortedatum";
            default -> "gelijkende naam, controleren";
        };
    }
}
