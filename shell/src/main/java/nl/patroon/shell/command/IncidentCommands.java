package nl.patroon.shell.command;

import static nl.patroon.shell.command.SuggestionCommands.get;
import static nl.patroon.shell.command.SuggestionCommands.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.patroon.app.incidents.Incidents;
import nl.patroon.app.incidents.Proposals;
import nl.patroon.core.incident.Actor;
import nl.patroon.core.incident.Corroboration;
import nl.patroon.core.incident.Incident;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.incident.SourceOrigin;
import nl.patroon.core.incident.SupportingPassage;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.core.timeline.TimelineBuilder;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.HelpOption;
import nl.patroon.shell.support.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandRegistration;

/** Incidents: add by hand, list, show, link and unlink passages, merge, split, and merge proposals. */
@Configuration
public class IncidentCommands {
    private final CaseSession session;
    private final Incidents incidents;
    private final Proposals proposals;
    private final Completions completions;

    public IncidentCommands(CaseSession session, Incidents incidents, Proposals proposals, Completions completions) {
        this.session = session;
        this.incidents = incidents;
        this.proposals = proposals;
        this.completions = completions;
    }

    CommandRegistration.Builder command(String dutch, String english, String description) {
        return HelpOption.builder().command(dutch).group("Incidenten").description(description)
                .withAlias().command(english).and()
                .withOption().longNames("case", "zaak").description("zaakmap").completion(completions::paths).and()
                .withOption().longNames("user", "gebruiker").description("wie (standaard: de gebruiker van het systeem)")
                .and();
    }

    static CommandRegistration.Builder positional(CommandRegistration.Builder b, String name, String description) {
        return b.withOption().longNames(name).type(String[].class).position(0).arity(1, Integer.MAX_VALUE)
                .required().description(description).and();
    }

    /** The incident id(s) the command is about, with Tab offering the case's incidents. */
    CommandRegistration.Builder incidentIds(CommandRegistration.Builder b, String name, String description) {
        return b.withOption().longNames(name).type(String[].class).position(0).arity(1, Integer.MAX_VALUE)
                .required().description(description).completion(completions::incidentIds).and();
    }

    static CommandRegistration.Builder evidence(CommandRegistration.Builder b) {
        return b.withOption().longNames("evidence", "bewijs").type(String[].class).arity(1, Integer.MAX_VALUE)
                .description("passages: E-0007:p2.3 E-0004:m184 …").and();
    }

    @Bean
    CommandRegistration incidentAdd() {
        return evidence(command("incident nieuw", "incident add",
                "Voeg een incident met de hand toe (uit een verslag of een verklaring ter zitting)."))
                .withOption().longNames("date", "datum").required().description("2024-06-08 of 2024-06-08T23:40").and()
                .withOption().longNames("until", "tot").description("einde van een periode").and()
                .withOption().longNames("category", "categorie").type(String[].class).arity(1, Integer.MAX_VALUE)
                .required().description("categorieën (STRANGULATION …)").completion(completions::categories).and()
                .withOption().longNames("description", "omschrijving").required().description("korte feitelijke omschrijving")
                .and()
                .withOption().longNames("origin", "herkomst").description("herkomst van de passages: " + origins()).and()
                .withOption().longNames("actor", "dader").defaultValue("suspect")
                .description("wiens gedrag: suspect|victim|third|unknown").and()
                .withTarget().function(io(ctx -> add(get(ctx, "case"), get(ctx, "user"), get(ctx, "date"),
                        get(ctx, "until"), get(ctx, "category"), get(ctx, "description"), get(ctx, "evidence"),
                        get(ctx, "origin"), get(ctx, "actor")))).and().build();
    }

    @Bean
    CommandRegistration incidentList() {
        return command("incident lijst", "incident list", "Toon de incidenten met hun onafhankelijke bronnen.")
                .withTarget().function(ctx -> list(get(ctx, "case"))).and().build();
    }

    @Bean
    CommandRegistration incidentShow() {
        return incidentIds(command("incident toon", "incident show", "Toon een incident met al zijn bronnen."),
                "id", "incident-id")
                .withTarget().function(ctx -> show(get(ctx, "case"), first(get(ctx, "id")))).and().build();
    }

    @Bean
    CommandRegistration incidentLink() {
        return evidence(incidentIds(command("incident koppel", "incident link", "Koppel passages aan een incident."),
                "id", "incident-id"))
                .withOption().longNames("origin", "herkomst").description("herkomst: " + origins()).and()
                .withTarget().function(io(ctx -> link(get(ctx, "case"), get(ctx, "user"), first(get(ctx, "id")),
                        get(ctx, "evidence"), get(ctx, "origin")))).and().build();
    }

    @Bean
    CommandRegistration incidentUnlink() {
        return evidence(incidentIds(command("incident ontkoppel", "incident unlink",
                "Ontkoppel passages van een incident (hun suggesties worden weer open)."), "id", "incident-id"))
                .withTarget().function(ctx -> unlink(get(ctx, "case"), get(ctx, "user"), first(get(ctx, "id")),
                        get(ctx, "evidence"))).and().build();
    }

    @Bean
    CommandRegistration incidentMerge() {
        return incidentIds(command("incident samenvoegen", "incident merge",
                "Voeg incidenten over dezelfde gebeurtenis samen (het laagste id blijft)."), "ids", "incident-ids")
                .withTarget().function(ctx -> merge(get(ctx, "case"), get(ctx, "user"), get(ctx, "ids"))).and()
                .build();
    }

    @Bean
    CommandRegistration incidentSplit() {
        return evidence(incidentIds(command("incident splits", "incident split",
                "Splits passages van een incident af in een nieuw incident."), "id", "incident-id"))
                .withOption().longNames("description", "omschrijving").description("omschrijving van het nieuwe").and()
                .withTarget().function(ctx -> split(get(ctx, "case"), get(ctx, "user"), first(get(ctx, "id")),
                        get(ctx, "evidence"), get(ctx, "description"))).and().build();
    }

    @Bean
    CommandRegistration incidentProposals() {
        return command("incident voorstellen", "incident proposals",
                "Toon voorstellen om suggesties en incidenten over dezelfde gebeurtenis samen te voegen.")
                .withTarget().function(io(ctx -> proposals(get(ctx, "case")))).and().build();
    }

    @Bean
    CommandRegistration incidentProposalAccept() {
        return positional(command("incident voorstel aanvaard", "incident proposal accept",
                "Aanvaard een voorstel: één incident."), "id", "voorstel-id (P-…)")
                .withOption().longNames("description", "omschrijving").description("omschrijving van een nieuw incident")
                .and()
                .withTarget().function(io(ctx -> accept(get(ctx, "case"), get(ctx, "user"), first(get(ctx, "id")),
                        get(ctx, "description")))).and().build();
    }

    @Bean
    CommandRegistration incidentProposalRefuse() {
        return positional(command("incident voorstel weiger", "incident proposal refuse",
                "Weiger een voorstel; het komt niet terug."), "id", "voorstel-id (P-…)")
                .withTarget().function(io(ctx -> refuse(get(ctx, "case"), get(ctx, "user"), first(get(ctx, "id")))))
                .and().build();
    }

    public String add(String caseDir, String user, String date, String until, String[] categories, String description,
                      String[] evidence, String origin, String actor) throws IOException {
        Incident i = incidents.add(new Incidents.Add(session.use(caseDir), user, date, until, categories(categories),
                description, values(evidence), origin(origin), actor(actor)));
        return Messages.get("incidents.added", i.id(), line(i));
    }

    public String list(String caseDir) {
        List<Incidents.Listed> all = incidents.list(session.use(caseDir));
        if (all.isEmpty()) {
            return Messages.get("incidents.none");
        }
        StringBuilder sb = new StringBuilder();
        for (Incidents.Listed l : all) {
            sb.append(l.incident().id()).append("  ").append(line(l.incident())).append("  ")
                    .append(support(l.corroboration())).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    public String show(String caseDir, String id) {
        Incidents.Listed l = incidents.show(session.use(caseDir), id);
        Incident i = l.incident();
        StringBuilder sb = new StringBuilder(i.id() + "  " + line(i) + "\n");
        sb.append(Messages.get("incidents.actor")).append(": ").append(i.actor().name().toLowerCase(Locale.ROOT)).append("; ")
                .append(support(l.corroboration())).append('\n');
        sb.append(i.description()).append('\n');
        for (SupportingPassage s : i.supports()) {
            sb.append("\n  ").append(s.passageId()).append("  ").append(s.origin().dutch())
                    .append(s.suggestionId().isEmpty() ? "" : "  (" + s.suggestionId() + ")")
                    .append("\n    ").append(s.quote().replace('\n', ' '));
        }
        return sb.toString();
    }

    public String link(String caseDir, String user, String id, String[] evidence, String origin) throws IOException {
        Incident i = incidents.link(new Incidents.Link(session.use(caseDir), user, id, values(evidence), origin(origin)));
        return Messages.get("incidents.linked", i.id(), i.supports().size());
    }

    public String unlink(String caseDir, String user, String id, String[] evidence) {
        Incident i = incidents.unlink(new Incidents.Unlink(session.use(caseDir), user, id, values(evidence)));
        return Messages.get("incidents.unlinked", i.id(), i.supports().size());
    }

    public String merge(String caseDir, String user, String[] ids) {
        Incident i = incidents.merge(new Incidents.Merge(session.use(caseDir), user, values(ids)));
        return Messages.get("incidents.merged", i.id(), line(i));
    }

    public String split(String caseDir, String user, String id, String[] evidence, String description) {
        Incident i = incidents.split(new Incidents.Split(session.use(caseDir), user, id, values(evidence), description));
        return Messages.get("incidents.split", i.id(), i.supports().size());
    }

    public String proposals(String caseDir) throws IOException {
        List<MergeProposal> ps = proposals.list(session.use(caseDir));
        if (ps.isEmpty()) {
            return Messages.get("proposals.none");
        }
        StringBuilder sb = new StringBuilder();
        for (MergeProposal p : ps) {
            sb.append(p.id()).append("  ").append(p.day()).append("  ")
                    .append(String.join(", ", p.categories().stream().map(Enum::name).toList())).append('\n')
                    .append("    ").append(p.reasonNl()).append('\n')
                    .append("    ").append(Messages.get("proposals.suggestions")).append(": ")
                    .append(String.join(" ", p.suggestionIds()))
                    .append(p.incidentIds().isEmpty() ? ""
                            : "; " + Messages.get("proposals.incidents") + ": " + String.join(" ", p.incidentIds()))
                    .append('\n');
        }
        return sb.append(Messages.get("proposals.how")).toString();
    }

    public String accept(String caseDir, String user, String id, String description) throws IOException {
        Incident i = proposals.accept(new Proposals.Decide(session.use(caseDir), user, id, description));
        return Messages.get("proposals.accepted", id, i.id(), i.supports().size());
    }

    public String refuse(String caseDir, String user, String id) throws IOException {
        proposals.refuse(new Proposals.Decide(session.use(caseDir), user, id, null));
        return Messages.get("proposals.refused", id);
    }

    static String line(Incident i) {
        String when = i.time() == null ? Messages.get("incidents.no-date") : TimelineBuilder.dutchTime(i.time(), i.time().start().getZone());
        return when + "  " + String.join(", ", i.categories().stream().map(Enum::name).toList()) + "  "
                + (i.description().length() > 80 ? i.description().substring(0, 79) + "…" : i.description())
                .replace('\n', ' ');
    }

    static String support(Corroboration c) {
        return Messages.get("incidents.sources", c.independentOrigins())
                + (c.victimOnly() ? ", " + Messages.get("incidents.victim-only") : "")
                + (c.unknownOrigins() > 0 ? ", " + Messages.get("incidents.unknown-origins", c.unknownOrigins()) : "");
    }

    static List<Category> categories(String[] names) {
        return values(names).stream().flatMap(n -> Arrays.stream(n.split(","))).map(String::strip)
                .filter(n -> !n.isEmpty()).map(SuggestionCommands::category).toList();
    }

    static SourceOrigin origin(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return SourceOrigin.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.of("incident.origin-unknown", name, origins()).exception(e);
        }
    }

    static Actor actor(String name) {
        return name == null ? Actor.SUSPECT : Actor.fromAttribute(name.strip());
    }

    static String origins() {
        return String.join(", ", Arrays.stream(SourceOrigin.values()).map(o -> o.name().toLowerCase(Locale.ROOT))
                .toList());
    }

    /** Values as given, also comma-separated ("E-0001:p2.3,E-0002:a4"). */
    static List<String> values(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    static String first(String[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("Noem een id.");
        }
        return values[0];
    }
}
