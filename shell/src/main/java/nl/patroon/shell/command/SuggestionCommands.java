package nl.patroon.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.patroon.app.review.Review;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.problem.Problem;
import nl.patroon.core.review.ReviewAction;
import nl.patroon.core.review.SuggestionSelector;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.HelpOption;
import nl.patroon.shell.support.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandRegistration;

/**
 * Reviewing suggestions: list, confirm (into a new or existing incident), reject with a reason, set aside, undo.
 * Registered programmatically for the positional suggestion ids ({@code suggestion confirm S-0042 S-0043}).
 * Every action is one audit line with who ({@code --user}, else the OS user) and when.
 */
@Configuration
public class SuggestionCommands {
    private final CaseSession session;
    private final Review review;
    private final Completions completions;

    public SuggestionCommands(CaseSession session, Review review, Completions completions) {
        this.session = session;
        this.review = review;
        this.completions = completions;
    }

    /** The options every review command shares: ids, case, user and the bulk filters; Tab offers their values. */
    CommandRegistration.Builder review(String dutch, String english, String description) {
        return HelpOption.builder().command(dutch).group("Beoordeling").description(description)
                .withAlias().command(english).and()
                .withOption().longNames("ids", "suggesties").type(String[].class).position(0)
                .arity(0, Integer.MAX_VALUE).description("suggestie-ids (S-0042 …)")
                .completion(completions::suggestionIds).and()
                .withOption().longNames("case", "zaak").description("zaakmap").completion(completions::paths).and()
                .withOption().longNames("user", "gebruiker").description("wie (standaard: de gebruiker van het systeem)")
                .and()
                .withOption().longNames("rule", "regel").description("alle open suggesties van deze regel").and()
                .withOption().longNames("category", "categorie").description("… van deze categorie")
                .completion(completions::categories).and()
                .withOption().longNames("author", "auteur").description("… van deze auteur (partij-id of naam)")
                .completion(completions::parties).and()
                .withOption().longNames("conversation", "gesprek").description("… in dit bewijsstuk (E-0004)")
                .completion(completions::evidenceIds).and();
    }

    static <T> T get(CommandContext ctx, String name) {
        return ctx.getOptionValue(name);
    }

    static SuggestionSelector selector(CommandContext ctx, ReviewState state) {
        String category = get(ctx, "category");
        return new SuggestionSelector(get(ctx, "rule"), category == null ? null : category(category),
                get(ctx, "author"), get(ctx, "conversation"), state);
    }

    /** A category by its name in any case; an unknown one is the user's slip, not Java's "No enum constant". */
    static Category category(String name) {
        try {
            return Category.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.of("category.unknown", name).exception(e);
        }
    }

    static Review.Selection selection(CommandContext ctx) {
        String[] ids = get(ctx, "ids");
        return new Review.Selection(ids == null ? List.of() : Arrays.asList(ids), selector(ctx, null));
    }

    static Function<CommandContext, Object> io(IoFunction f) {
        return ctx -> {
            try {
                return f.apply(ctx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    interface IoFunction {
        Object apply(CommandContext ctx) throws IOException;
    }

    @Bean
    CommandRegistration suggestionList() {
        return review("suggestie lijst", "suggestion list", "Toon suggesties (standaard: open), met hun passage.")
                .withOption().longNames("state", "status").defaultValue("open")
                .description("open|bevestigd|verworpen|terzijde").and()
                .withOption().longNames("limit", "max").type(int.class).defaultValue("50").description("hoogstens").and()
                .withTarget().function(io(ctx -> list(get(ctx, "case"), selector(ctx, state(get(ctx, "state"))),
                        get(ctx, "limit")))).and().build();
    }

    @Bean
    CommandRegistration suggestionConfirm() {
        return review("suggestie bevestig", "suggestion confirm",
                "Bevestig suggesties in een nieuw incident of in een bestaand (--incident I-0003).")
                .withOption().longNames("incident").description("bestaand incident")
                .completion(completions::incidentIds).and()
                .withOption().longNames("description", "omschrijving").description("omschrijving van een nieuw incident")
                .and()
                .withTarget().function(io(ctx -> confirm(get(ctx, "case"), get(ctx, "user"), selection(ctx),
                        get(ctx, "incident"), get(ctx, "description")))).and().build();
    }

    @Bean
    CommandRegistration suggestionReject() {
        return review("suggestie verwerp", "suggestion reject", "Verwerp suggesties, met een reden.")
                .withOption().longNames("reason", "reden").required().description("waarom (bijv. \"grap\")").and()
                .withTarget().function(io(ctx -> reject(get(ctx, "case"), get(ctx, "user"), selection(ctx),
                        get(ctx, "reason")))).and().build();
    }

    @Bean
    CommandRegistration suggestionSetAside() {
        return review("suggestie terzijde", "suggestion setaside", "Leg suggesties terzijde (later beoordelen).")
                .withOption().longNames("reason", "reden").description("waarom").and()
                .withTarget().function(io(ctx -> setAside(get(ctx, "case"), get(ctx, "user"), selection(ctx),
                        get(ctx, "reason")))).and().build();
    }

    @Bean
    CommandRegistration suggestionUndo() {
        return HelpOption.builder().command("suggestie ongedaan").group("Beoordeling")
                .description("Maak de laatste beoordeling of incidentwijziging ongedaan.")
                .withAlias().command("suggestion undo").and()
                .withOption().longNames("case", "zaak").description("zaakmap").and()
                .withOption().longNames("user", "gebruiker").description("wie").and()
                .withTarget().function(ctx -> undo(get(ctx, "case"), get(ctx, "user"))).and().build();
    }

    static ReviewState state(String s) {
        return switch (s == null ? "open" : s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "open" -> ReviewState.OPEN;
            case "bevestigd", "confirmed" -> ReviewState.CONFIRMED;
            case "verworpen", "rejected" -> ReviewState.REJECTED;
            case "terzijde", "setaside", "set_aside" -> ReviewState.SET_ASIDE;
            default -> throw Problem.of("review.state-unknown", s).exception();
        };
    }

    public String list(String caseDir, SuggestionSelector selector, Integer limit) throws IOException {
        Review.Listing l = review.list(new Review.ListRequest(session.use(caseDir), selector, limit == null ? 50 : limit));
        if (l.items().isEmpty()) {
            return selector.isEmpty() ? Messages.get("suggestions.none")
                    : Messages.get("suggestions.none-for", selector.describe());
        }
        StringBuilder sb = new StringBuilder(Messages.get("suggestions.count", l.total())
                + (l.total() > l.items().size() ? Messages.get("suggestions.first-shown", l.items().size()) : "")
                + ":\n");
        for (Review.Item i : l.items()) {
            var s = i.suggestion();
            sb.append('\n').append(s.id()).append("  ").append(s.passageId()).append("  ").append(s.category().name())
                    .append("  ").append(s.ruleId()).append("  ").append(i.decision().state().dutch());
            if (i.decision().incidentId() != null) {
                sb.append(" → ").append(i.decision().incidentId());
            }
            if (i.decision().reason() != null) {
                sb.append(" (").append(i.decision().reason()).append(')');
            }
            if (i.passage() != null) {
                var p = i.passage();
                sb.append("\n    ").append(p.time() == null ? Messages.get("suggestions.no-time") : nl.patroon.core.timeline.TimelineBuilder
                        .dutchTime(p.time(), p.time().start().getZone()));
                if (p.author() != null) {
                    sb.append("  ").append(p.author());
                }
                String text = p.text().length() > 160 ? p.text().substring(0, 159) + "…" : p.text();
                sb.append("\n    ").append(text.replace('\n', ' '));
            }
        }
        return sb.toString();
    }

    public String confirm(String caseDir, String user, Review.Selection selection, String incident, String description)
            throws IOException {
        Review.Outcome o = review.confirm(new Review.Confirm(session.use(caseDir), user, selection, incident,
                description));
        if (o.action().changes().isEmpty()) {
            return Messages.get("suggestions.nothing-to-confirm");
        }
        return Messages.get("suggestions.confirmed", o.action().changes().size(), o.incident().id(),
                o.incident().supports().size(), String.join(", ",
                        o.incident().categories().stream().map(Enum::name).toList()));
    }

    public String reject(String caseDir, String user, Review.Selection selection, String reason) throws IOException {
        ReviewAction a = review.reject(new Review.Reject(session.use(caseDir), user, selection, reason)).action();
        return a.changes().isEmpty() ? Messages.get("suggestions.nothing-to-reject")
                : Messages.get("suggestions.rejected", a.changes().size(), reason);
    }

    public String setAside(String caseDir, String user, Review.Selection selection, String reason) throws IOException {
        ReviewAction a = review.setAside(new Review.SetAside(session.use(caseDir), user, selection, reason)).action();
        return a.changes().isEmpty() ? Messages.get("suggestions.nothing-to-set-aside")
                : Messages.get("suggestions.set-aside", a.changes().size());
    }

    public String undo(String caseDir, String user) {
        Optional<Review.Outcome> o = review.undo(new Review.Undo(session.use(caseDir), user));
        return o.map(x -> Messages.get("suggestions.undone", String.valueOf(x.action().undoes()), x.action().changes().size()))
                .orElse(Messages.get("suggestions.nothing-to-undo"));
    }
}
