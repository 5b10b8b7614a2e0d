package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.patroon.app.search.QueryRepair;
import nl.patroon.app.search.Search;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.search.SearchResult;
import nl.patroon.core.timeline.TimelineBuilder;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Colour;
import nl.patroon.shell.support.Completions;
import nl.patroon.shell.support.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandRegistration;

/** Searching the passages of a case (registered programmatically for its free-text positional query). */
@Configuration
public class SearchCommands {
    /**
     * At most this many hits are fetched and highlighted: highlighting costs per hit shown, so a search's cost stays
     * bounded whatever the case's size. Narrow the query to see others.
     */
    public static final int MAX_LIMIT = 200;

    private final CaseSession session;
    private final Search search;

    public SearchCommands(CaseSession session, Search search) {
        this.session = session;
        this.search = search;
    }

    @Bean
    CommandRegistration searchCommand(CommandRegistration.BuilderSupplier builder, Completions completions) {
        return builder.get()
                .command("zoek").group("Onderzoek")
                .description("Zoek in de passages (bedreig*, \"ik maak je af\", category:THREAT_TO_KILL).")
                .withAlias().command("search").and()
                .withOption().longNames("query", "vraag").type(String[].class).position(0)
                .arity(1, Integer.MAX_VALUE).required().description("zoekvraag")
                .completion(completions::categoryQuery).and()
                .withOption().longNames("case", "zaak").description("zaakmap").completion(completions::paths).and()
                .withOption().longNames("limit", "max").type(int.class).defaultValue("20")
                .description("hoogstens zoveel treffers").and()
                .withOption().longNames("phrase", "zin").type(boolean.class).arity(0, 0)
                .description("zoek de woorden als exacte woordgroep").and()
                .withTarget().function(ctx -> {
                    try {
                        Integer limit = ctx.getOptionValue("limit");
                        return search(ctx.getOptionValue("query"), ctx.getOptionValue("case"),
                                limit == null ? 20 : limit, Boolean.TRUE.equals(ctx.getOptionValue("phrase")));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).and()
                .build();
    }

    public String search(String[] query, String caseDir, int limit, boolean phrase) throws IOException {
        if (query == null || query.length == 0 || String.join(" ", query).isBlank()) {
            throw new IllegalArgumentException(Messages.get("error.option.missing.query"));
        }
        if (limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(Messages.get("search.limit", limit, MAX_LIMIT));
        }
        String typed = String.join(" ", query).strip();
        String note = null;
        PassageQuery passageQuery;
        if (phrase) {
            passageQuery = PassageQuery.phrase(typed, limit);
        } else {
            QueryRepair repair = QueryRepair.of(typed);
            if (repair.query() == null) {
                throw repair.notes().get(0).exception();
            }
            note = repair.note(Messages.locale());
            passageQuery = new PassageQuery(repair.query(), limit);
        }
        Path dir = session.use(caseDir);
        Search.Result r = search.run(new Search.Request(dir, passageQuery));
        StringBuilder out = new StringBuilder(CaseSession.header(dir)).append('\n');
        if (note != null) {
            out.append(note).append('\n');
        }
        if (!r.indexed()) {
            return out.append(Messages.get("case.not-indexed")).toString();
        }
        return out.append(format(r.result(), r.partyNames())).toString();
    }

    static String format(SearchResult result, Map<String, String> partyNames) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("search.hits", result.totalHits(), result.query()));
        if (result.totalHits() > result.hits().size()) {
            sb.append(' ').append(Messages.get("search.shown", result.hits().size()));
        }
        sb.append('\n');
        for (SearchHit h : result.hits()) {
            var p = h.passage();
            sb.append('\n').append(p.id()).append("  ").append(p.locator().display());
            if (p.time() != null) {
                sb.append("  ").append(TimelineBuilder.dutchTime(p.time(), p.time().start().getZone()));
            }
            // The party's name once the sender is mapped to one ("Sanne ❤️" is Sanne de Vries, P-01).
            String party = p.partyId() == null ? null : partyNames.get(p.partyId());
            if (party != null) {
                sb.append("  ").append(party).append(" (").append(p.partyId()).append(')');
            } else if (p.author() != null) {
                sb.append("  ").append(p.author());
            }
            if (p.speaker() != null) {
                sb.append("  (").append(p.speaker()).append(')');
            }
            if (!h.categories().isEmpty()) {
                sb.append("  [").append(String.join(", ", h.categories())).append(']');
            }
            sb.append("\n    ").append(Colour.highlights(h.fragment().replace("\n", "\n    ")));
            sb.append("\n    sha256 ").append(h.sha256()).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
