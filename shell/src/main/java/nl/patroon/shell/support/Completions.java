package nl.patroon.shell.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.patroon.app.casefile.ListParties;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.app.incidents.Incidents;
import nl.patroon.app.review.Review;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.legal.LegalCatalogue;
import nl.patroon.core.taxonomy.Category;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.standard.ValueProvider;
import org.springframework.stereotype.Component;

/**
 * Tab completion of option values: formats, categories, roles, the legal articles, the case's parties (P-ids),
 * evidence (E-ids), open suggestions (S-ids) and incidents (I-ids), and paths. Ids come from the case named on the
 * line being typed ({@code --case}), else the one this session works on; without one there is nothing to offer,
 * not an error.
 */
@Component
public class Completions {
    private final CaseSession session;
    private final ObjectProvider<ListParties> parties;
    private final ObjectProvider<ListEvidence> evidence;
    private final ObjectProvider<Review> review;
    private final ObjectProvider<Incidents> incidents;

    /** The use cases are looked up when a completion needs them, not when the shell starts. */
    public Completions(CaseSession session, ObjectProvider<ListParties> parties, ObjectProvider<ListEvidence> evidence,
                       ObjectProvider<Review> review, ObjectProvider<Incidents> incidents) {
        this.session = session;
        this.parties = parties;
        this.evidence = evidence;
        this.review = review;
        this.incidents = incidents;
    }

    public List<CompletionProposal> formats(CompletionContext ctx) {
        return proposals(Stream.of("json", "html", "pdf"), "");
    }

    /** Who an export is for: the court in full, the defence and the other party redacted, the internal version. */
    public List<CompletionProposal> audiences(CompletionContext ctx) {
        return proposals(Arrays.stream(nl.patroon.core.redaction.Audience.values())
                .map(nl.patroon.core.redaction.Audience::code), "");
    }

    public List<CompletionProposal> categories(CompletionContext ctx) {
        return proposals(Arrays.stream(Category.values()).map(Enum::name), "");
    }

    /** In a query: {@code category:THREAT_TO_KILL} and the like. */
    public List<CompletionProposal> categoryQuery(CompletionContext ctx) {
        return proposals(Arrays.stream(Category.values()).map(c -> "category:" + c.name()), "");
    }

    public List<CompletionProposal> roles(CompletionContext ctx) {
        return proposals(Arrays.stream(PartyRole.values()).map(PartyRole::code), "");
    }

    public List<CompletionProposal> parties(CompletionContext ctx) {
        return caseOf(ctx)
                .map(dir -> parties.getObject().run(new ListParties.Request(dir)).parties().stream()
                        .map(p -> new CompletionProposal(p.id()).description(p.name())).toList())
                .orElse(List.of());
    }

    public List<CompletionProposal> evidenceIds(CompletionContext ctx) {
        return caseOf(ctx)
                .map(dir -> evidence.getObject().run(new ListEvidence.Request(dir)).evidence().stream()
                        .map(r -> new CompletionProposal(r.evidence().id())
                                .description(r.evidence().originalPath())).toList())
                .orElse(List.of());
    }

    /** The open suggestions: what confirm, reject and set aside act on. */
    public List<CompletionProposal> suggestionIds(CompletionContext ctx) {
        return caseOf(ctx)
                .map(dir -> review.getObject().inState(dir, ReviewState.OPEN).stream()
                        .map(s -> new CompletionProposal(s.id()).description(s.category().name() + " " + s.passageId()))
                        .toList())
                .orElse(List.of());
    }

    public List<CompletionProposal> incidentIds(CompletionContext ctx) {
        return caseOf(ctx)
                .map(dir -> incidents.getObject().list(dir).stream().map(Incidents.Listed::incident)
                        .map(i -> new CompletionProposal(i.id()).description(i.day() + " " + String.join(", ",
                                i.categories().stream().map(Enum::name).toList()))).toList())
                .orElse(List.of());
    }

    /**
     * The legal articles Patroon knows ({@code 285b}, {@code 300-4} …). The option takes a comma-separated list:
     * after {@code 285b,} the rest are offered behind what was typed, without the ones already chosen.
     */
    public List<CompletionProposal> articles(CompletionContext ctx) {
        String typed = ctx.currentWordUpToCursor() == null ? "" : ctx.currentWordUpToCursor();
        String chosen = typed.substring(0, typed.lastIndexOf(',') + 1);
        List<String> already = Arrays.asList(chosen.split(","));
        return LegalCatalogue.bundled().articles().stream().filter(a -> !already.contains(a.article()))
                .map(a -> new CompletionProposal(chosen + a.article()).description(a.title()).complete(false))
                .toList();
    }

    /** The case named on the line ({@code --case}/{@code --zaak}), else this session's; only a real case. */
    Optional<Path> caseOf(CompletionContext ctx) {
        List<String> words = ctx.getWords() == null ? List.of() : ctx.getWords();
        for (int i = 0; i + 1 < words.size(); i++) {
            if ((words.get(i).equals("--case") || words.get(i).equals("--zaak")) && i + 1 != ctx.getWordIndex()) {
                return Optional.of(Path.of(words.get(i + 1)).toAbsolutePath().normalize()).filter(CaseSession::isCase);
            }
        }
        return session.lastCase().filter(CaseSession::isCase);
    }

    /** Files and folders under what has been typed so far. */
    public List<CompletionProposal> paths(CompletionContext ctx) {
        String typed = ctx.currentWordUpToCursor() == null ? "" : ctx.currentWordUpToCursor();
        Path typedPath = Path.of(typed.isEmpty() ? "." : typed);
        Path folder = typed.endsWith("/") || typed.isEmpty() ? typedPath : typedPath.getParent();
        Path dir = folder == null ? Path.of(".") : folder;
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<CompletionProposal> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.sorted().limit(500).forEach(p -> {
                String shown = (folder == null ? "" : folder.toString().equals(".") && !typed.startsWith(".")
                        ? "" : folder + (folder.toString().endsWith("/") ? "" : "/")) + p.getFileName()
                        + (Files.isDirectory(p) ? "/" : "");
                out.add(new CompletionProposal(shown).complete(!Files.isDirectory(p)));
            });
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    private static List<CompletionProposal> proposals(Stream<String> values, String description) {
        return values.map(v -> new CompletionProposal(v)).toList();
    }

    /** For {@code @ShellOption(valueProvider = …)}: the same completions for annotated commands. */
    @Component
    public static class Formats implements ValueProvider {
        private final Completions c;

        public Formats(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.formats(ctx);
        }
    }

    @Component
    public static class Audiences implements ValueProvider {
        private final Completions c;

        public Audiences(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.audiences(ctx);
        }
    }

    @Component
    public static class Parties implements ValueProvider {
        private final Completions c;

        public Parties(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.parties(ctx);
        }
    }

    @Component
    public static class Roles implements ValueProvider {
        private final Completions c;

        public Roles(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.roles(ctx);
        }
    }

    @Component
    public static class Paths implements ValueProvider {
        private final Completions c;

        public Paths(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.paths(ctx);
        }
    }

    @Component
    public static class EvidenceIds implements ValueProvider {
        private final Completions c;

        public EvidenceIds(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.evidenceIds(ctx);
        }
    }

    @Component
    public static class Categories implements ValueProvider {
        private final Completions c;

        public Categories(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.categories(ctx);
        }
    }

    @Component
    public static class SuggestionIds implements ValueProvider {
        private final Completions c;

        public SuggestionIds(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.suggestionIds(ctx);
        }
    }

    @Component
    public static class IncidentIds implements ValueProvider {
        private final Completions c;

        public IncidentIds(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.incidentIds(ctx);
        }
    }

    @Component
    public static class Articles implements ValueProvider {
        private final Completions c;

        public Articles(Completions c) {
            this.c = c;
        }

        @Override
        public List<CompletionProposal> complete(CompletionContext ctx) {
            return c.articles(ctx);
        }
    }
}
