package nl.patroon.shell.command;

import java.io.IOException;
import nl.patroon.app.search.Search;
import nl.patroon.core.search.PassageQuery;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.search.SearchResult;
import nl.patroon.shell.support.CaseSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandRegistration;

/** Searching the passages of a case (registered programmatically for its free-text positional query). */
@Configuration
public class SearchCommands {
    private final CaseSession session;
    private final Search search;

    public SearchCommands(CaseSession session, Search search) {
        this.session = session;
        this.search = search;
    }

    @Bean
    CommandRegistration searchCommand() {
        return CommandRegistration.builder()
                .command("zoek").group("Onderzoek")
                .description("Zoek in de passages (Lucene-syntaxis: bedreig*, \"ik maak je af\", category:THREAT_TO_KILL).")
                .withAlias().command("search").and()
                .withOption().longNames("query", "vraag").type(String[].class).position(0)
                .arity(1, Integer.MAX_VALUE).required().description("zoekvraag").and()
                .withOption().longNames("case", "zaak").description("zaakmap").and()
                .withOption().longNames("limit", "max").type(int.class).defaultValue("20")
                .description("hoogstens zoveel treffers").and()
                .withOption().longNames("phrase", "zin").type(boolean.class).defaultValue("false")
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
        if (query == null || query.length == 0) {
            throw new IllegalArgumentException("Geef een zoekvraag, bijvoorbeeld: search bedreig*");
        }
        String q = String.join(" ", query).strip();
        PassageQuery passageQuery = phrase ? PassageQuery.phrase(q, limit) : new PassageQuery(q, limit);
        Search.Result r = search.run(new Search.Request(session.use(caseDir), passageQuery));
        return r.indexed() ? format(r.result()) : "De zaak heeft nog geen ingelezen passages.";
    }

    static String format(SearchResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(result.totalHits()).append(" treffer(s) voor ").append(result.query());
        if (result.totalHits() > result.hits().size()) {
            sb.append(" (eerste ").append(result.hits().size()).append(" getoond)");
        }
        sb.append('\n');
        for (SearchHit h : result.hits()) {
            var p = h.passage();
            sb.append('\n').append(p.id()).append("  ").append(p.locator().display());
            if (p.time() != null) {
                sb.append("  ").append(nl.patroon.core.timeline.TimelineBuilder.dutchTime(p.time(),
                        p.time().start().getZone()));
            }
            if (p.author() != null) {
                sb.append("  ").append(p.author());
            }
            if (p.speaker() != null) {
                sb.append("  (").append(p.speaker()).append(')');
            }
            if (!h.categories().isEmpty()) {
                sb.append("  [").append(String.join(", ", h.categories())).append(']');
            }
            sb.append("\n    ").append(h.fragment().replace("\n", "\n    "));
            sb.append("\n    sha256 ").append(h.sha256()).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
