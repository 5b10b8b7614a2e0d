package nl.patroon.app.analyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import nl.patroon.app.Adapters;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.PatternAnalyser;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.order.Contact;
import nl.patroon.core.order.Order;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.port.PassageSearch;
import nl.patroon.core.search.SearchHit;
import nl.patroon.core.json.Json;

/**
 * The analysis of the confirmed incidents (pattern, red flags, corroboration, orders, legal elements of the
 * chosen articles) as JSON in {@code exports/} (or a given file), deterministic: the same case gives the same
 * bytes. Only confirmed incidents are analysed; open suggestions are not facts.
 */
public final class Analyse {
    public record Request(Path caseRoot, List<String> articles, Path out) {
        public Request {
            articles = articles == null ? List.of() : articles.stream().map(String::strip)
                    .filter(a -> !a.isEmpty()).toList();
        }
    }

    public record Result(Analysis analysis, Path file, String sha256) {
    }

    private final Adapters adapters;

    public Analyse(Adapters adapters) {
        this.adapters = adapters;
    }

    /**
     * The messages of the party a restraining order is against, each a contact with the other participants of its
     * conversation (the evidence item), for the possible-breach list. Read only when such an order exists: it
     * reads the passages of every item.
     */
    private List<Contact> contacts(CaseWorkspace ws, List<Order> orders) throws IOException {
        Set<String> restricted = new HashSet<>();
        orders.stream().filter(o -> o.kind().restraining()).forEach(o -> restricted.add(o.against()));
        Optional<PassageSearch> search = restricted.isEmpty() ? Optional.empty() : adapters.search(ws);
        if (search.isEmpty()) {
            return List.of();
        }
        List<Contact> out = new ArrayList<>();
        try (PassageSearch s = search.get()) {
            for (EvidenceRecord e : ws.evidence().all()) {
                List<Passage> passages = s.passagesOf(e.evidence().id()).stream().map(SearchHit::passage).toList();
                Set<String> participants = new TreeSet<>();
                passages.stream().map(Passage::partyId).filter(Objects::nonNull).forEach(participants::add);
                for (Passage p : passages) {
                    if (p.partyId() != null && restricted.contains(p.partyId()) && p.time() != null && !p.system()) {
                        List<String> to = participants.stream().filter(x -> !x.equals(p.partyId())).toList();
                        if (!to.isEmpty()) {
                            out.add(new Contact(p.id(), p.time(), p.partyId(), to, p.text()));
                        }
                    }
                }
            }
        }
        return out;
    }

    public Result run(Request r) throws IOException {
        try (CaseWorkspace ws = adapters.open(r.caseRoot())) {
            List<Order> orders = ws.orders().all();
            Analysis a = PatternAnalyser.bundled().analyse(new PatternAnalyser.Input(ws.incidents().all(),
                    orders, contacts(ws, orders), r.articles()));
            byte[] json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(a);
            Path file = r.out() != null ? r.out() : ws.exportsDir().resolve("analyse.json");
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, json);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            String sha = Sha256.hex(json);
            Map<String, Object> details = new LinkedHashMap<>();
            // an export line, so that verify re-hashes the analysis like every other export
            details.put("format", "analyse");
            details.put("path", file.toAbsolutePath().toString());
            details.put("sha256", sha);
            details.put("incidents", a.incidents());
            details.put("articles", r.articles());
            ws.appendAudit("export", details);
            ws.flushAudit();
            return new Result(a, file, sha);
        }
    }
}
