package nl.patroon.shell.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.patroon.app.casefile.ListParties;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.app.incidents.Proposals;
import nl.patroon.app.review.Review;
import nl.patroon.app.review.ReviewQueue;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.Messages;
import nl.patroon.shell.support.ReviewCard;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandRegistration;

/**
 * {@code beoordeel}/{@code review}: walks the open suggestions one key at a time (b confirm as a new incident,
 * i confirm into the incident at hand, a reject with a reason, p set aside, s skip, u undo, o open the source,
 * q stop). Each key is the {@link Review} use case's action, the one {@code suggestion confirm|reject|setaside}
 * and {@code undo} take: the same audit line, the same incident.
 */
@Configuration
public class ReviewLoopCommand {
    /** The reasons a reviewer gives most, offered by number when rejecting. */
    static final List<String> COMMON_REASONS = List.of("review.reason.joke", "review.reason.quote",
            "review.reason.duplicate", "review.reason.other-person");

    private final CaseSession session;
    private final ReviewQueue queue;
    private final Review review;
    private final Proposals proposals;
    private final ListParties parties;
    private final ListEvidence evidence;
    private final ObjectProvider<Terminal> terminal;

    public ReviewLoopCommand(CaseSession session, ReviewQueue queue, Review review, Proposals proposals,
                             ListParties parties, ListEvidence evidence, ObjectProvider<Terminal> terminal) {
        this.session = session;
        this.queue = queue;
        this.review = review;
        this.proposals = proposals;
        this.parties = parties;
        this.evidence = evidence;
        this.terminal = terminal;
    }

    @Bean
    CommandRegistration reviewLoopRegistration(CommandRegistration.BuilderSupplier builder, Completions completions) {
        return builder.get()
                .command("beoordeel").group("Onderzoek")
                .description("Loop de open suggesties door: rode vlaggen eerst, dan op datum; één toets per besluit.")
                .withAlias().command("review").and()
                .withOption().longNames("case", "zaak").description("zaakmap").completion(completions::paths).and()
                .withOption().longNames("category", "categorie").description("alleen deze categorie")
                .completion(completions::categories).and()
                .withOption().longNames("author", "afzender").description("alleen van deze afzender").and()
                .withOption().longNames("conversation", "gesprek").description("alleen uit dit bewijsstuk (E-id)")
                .completion(completions::evidenceIds).and()
                .withOption().longNames("from", "vanaf").description("vanaf deze dag (JJJJ-MM-DD)").and()
                .withOption().longNames("until", "tot").description("tot en met deze dag (JJJJ-MM-DD)").and()
                .withOption().longNames("confidence", "zekerheid").description("minstens: high, medium of low").and()
                .withOption().longNames("user", "gebruiker").description("wie beoordeelt (standaard de OS-gebruiker)")
                .and()
                .withTarget().function(ctx -> {
                    try {
                        return run(ctx.getOptionValue("case"), filter(ctx.getOptionValue("category"),
                                ctx.getOptionValue("author"), ctx.getOptionValue("conversation"),
                                ctx.getOptionValue("from"), ctx.getOptionValue("until"),
                                ctx.getOptionValue("confidence")), ctx.getOptionValue("user"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).and()
                .build();
    }

    static ReviewQueue.Filter filter(String category, String author, String conversation, String from,
                                     String until, String confidence) {
        try {
            return new ReviewQueue.Filter(category == null ? null : SuggestionCommands.category(category),
                    author, conversation, from == null ? null : LocalDate.parse(from),
                    until == null ? null : LocalDate.parse(until),
                    confidence == null ? null : Confidence.valueOf(confidence.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(Messages.get("review.bad-filter"), e);
        }
    }

    String run(String caseDir, ReviewQueue.Filter filter, String user) throws IOException {
        Path dir = session.use(caseDir);
        Terminal t = terminal.getObject();
        PrintWriter out = t.writer();
        List<Review.Item> items = queue.open(dir, filter);
        out.println(CaseSession.header(dir));
        if (items.isEmpty()) {
            return Messages.get("review.none");
        }
        Map<String, String> names = parties.run(new ListParties.Request(dir)).parties().stream()
                .collect(Collectors.toMap(Party::id, Party::name));
        List<MergeProposal> allProposals = proposals.list(dir);
        Attributes saved = t.enterRawMode();
        int done = 0;
        String incidentAtHand = null;
        try {
            for (int i = 0; i < items.size(); ) {
                Review.Item item = items.get(i);
                String id = item.suggestion().id();
                List<MergeProposal> mine = allProposals.stream().filter(m -> m.suggestionIds().contains(id)).toList();
                String proposed = incidentAtHand != null ? incidentAtHand : mine.stream()
                        .flatMap(m -> m.incidentIds().stream()).findFirst().orElse(null);
                ReviewQueue.Context context = item.passage() == null ? new ReviewQueue.Context(List.of(), null, List.of())
                        : queue.context(dir, item.passage(), 3);
                out.println();
                out.print(ReviewCard.render(item, context, i + 1, items.size(), queue.redFlag(item), names, mine));
                out.println(Messages.get(proposed == null ? "review.keys" : "review.keys.incident",
                        proposed == null ? "" : proposed));
                out.flush();
                int key = Character.toLowerCase(t.reader().read());
                Review.Selection one = new Review.Selection(List.of(id), null);
                switch (key) {
                    case 'b', 'c' -> {
                        Review.Outcome o = review.confirm(new Review.Confirm(dir, user, one, null, null));
                        incidentAtHand = o.incident() == null ? incidentAtHand : o.incident().id();
                        out.println(Messages.get("review.confirmed", id, incidentAtHand));
                        done++;
                        i++;
                    }
                    case 'i' -> {
                        if (proposed == null) {
                            out.println(Messages.get("review.no-incident"));
                            continue;
                        }
                        review.confirm(new Review.Confirm(dir, user, one, proposed, null));
                        incidentAtHand = proposed;
                        out.println(Messages.get("review.confirmed", id, proposed));
                        done++;
                        i++;
                    }
                    case 'a', 'r' -> {
                        String reason = reason(t, out);
                        if (reason == null) {
                            continue;
                        }
                        review.reject(new Review.Reject(dir, user, one, reason));
                        out.println(Messages.get("review.rejected", id, reason));
                        done++;
                        i++;
                    }
                    case 'p' -> {
                        review.setAside(new Review.SetAside(dir, user, one, Messages.get("review.set-aside.reason")));
                        out.println(Messages.get("review.set-aside", id));
                        done++;
                        i++;
                    }
                    case 's', 'n', ' ' -> i++;
                    case 'u' -> {
                        Optional<Review.Outcome> undone = review.undo(new Review.Undo(dir, user));
                        if (undone.isEmpty()) {
                            out.println(Messages.get("review.nothing-to-undo"));
                            continue;
                        }
                        List<String> back = undone.get().action().suggestionIds();
                        out.println(Messages.get("review.undone", String.join(", ", back)));
                        done++;
                        // Back to the first suggestion the undo reopened, so it can be decided again.
                        for (int j = 0; j < items.size(); j++) {
                            if (back.contains(items.get(j).suggestion().id())) {
                                i = j;
                                break;
                            }
                        }
                    }
                    case 'o' -> out.println(source(dir, item));
                    case 'q', -1, 4 -> i = items.size();
                    default -> out.println(Messages.get("review.unknown-key"));
                }
                out.flush();
            }
        } finally {
            t.setAttributes(saved);
        }
        return Messages.get("review.done", done);
    }

    /** Asks the reason for a rejection: a number for a common one, or typed text; Escape or an empty line cancels. */
    private static String reason(Terminal t, PrintWriter out) throws IOException {
        out.println(Messages.get("review.reason.ask"));
        for (int n = 0; n < COMMON_REASONS.size(); n++) {
            out.println("  " + (n + 1) + "  " + Messages.get(COMMON_REASONS.get(n)));
        }
        out.print("> ");
        out.flush();
        StringBuilder typed = new StringBuilder();
        while (true) {
            int c = t.reader().read();
            if (c == 27 || c < 0) {
                out.println();
                return null;
            }
            if (c == '\r' || c == '\n') {
                out.println();
                String r = typed.toString().strip();
                if (r.matches("[1-9]") && Integer.parseInt(r) <= COMMON_REASONS.size()) {
                    return Messages.get(COMMON_REASONS.get(Integer.parseInt(r) - 1));
                }
                return r.isEmpty() ? null : r;
            }
            if ((c == 127 || c == 8) && typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                out.print("\b \b");
            } else if (c >= 32) {
                typed.appendCodePoint(c);
                out.print(Character.toChars(c));
            }
            out.flush();
        }
    }

    private String source(Path dir, Review.Item item) {
        if (item.passage() == null) {
            return Messages.get("review.card.no-passage", item.suggestion().passageId());
        }
        String evidenceId = item.passage().evidenceId();
        String original = evidence.run(new ListEvidence.Request(dir)).evidence().stream()
                .filter(r -> r.evidence().id().equals(evidenceId)).map(r -> r.evidence().originalPath())
                .findFirst().orElse("?");
        return Messages.get("review.source", evidenceId, original, item.passage().locator().display(),
                item.passage().text());
    }
}
