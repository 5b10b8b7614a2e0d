package nl.patroon.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.patroon.app.Adapters;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.attribution.AuthorResolver;
import nl.patroon.indexer.ingest.EvidenceDetection;
import nl.patroon.indexer.ingest.IngestOptions;
import nl.patroon.indexer.isolation.ParseRequest;
import nl.patroon.indexer.isolation.WorkerCommand;
import nl.patroon.indexer.isolation.WorkerPool;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.store.EvidenceStore;

/**
 * Sets the time zone of one evidence item (a phone that was abroad, a laptop on UTC) and dates its passages again:
 * the item's stored original is read once more, read-only, by its own source in that zone, and its passages are
 * detected and indexed again in place of the old ones. Open suggestions of the item are replaced; suggestions a person
 * reviewed are kept. Other items, and the original itself, are not touched. The zone is recorded on the item in
 * {@code case.db} ({@value #ZONE_KEY}) and the change in the audit log.
 */
public final class SetEvidenceZone {
    /** The item's metadata key for the zone set by a person; the case's zone applies without it. */
    public static final String ZONE_KEY = "tijdzone ingesteld";

    public record Request(Path caseRoot, String evidenceId, ZoneId zone) {
    }

    /**
     * @param previous    the zone the item was dated in before
     * @param passages    its passages now
     * @param dated       of which with a time
     * @param suggestions its open suggestions now
     */
    public record Result(String evidenceId, ZoneId previous, ZoneId zone, int passages, int dated, int suggestions) {
    }

    private final Adapters adapters;

    public SetEvidenceZone(Adapters adapters) {
        this.adapters = adapters;
    }

    /**
     * The IANA zone named (case as the user typed it), or an {@link IllegalArgumentException} in one Dutch line with an
     * example: offsets ({@code +02:00}) and abbreviations ({@code CEST}) are refused, as they do not know summer time.
     */
    public static ZoneId zone(String text) {
        String t = text == null ? "" : text.strip();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equalsIgnoreCase(t) && id.contains("/") || id.equals(t)) {
                return ZoneId.of(id);
            }
        }
        throw new IllegalArgumentException("Onbekende tijdzone '" + t
                + "': geef een IANA-naam, bijv. --zone Europe/Amsterdam of --zone America/Curacao.");
    }

    public Result run(Request request) throws IOException, InterruptedException {
        try (CaseWorkspace ws = adapters.open(request.caseRoot())) {
            String id = request.evidenceId() == null ? "" : request.evidenceId().strip().toUpperCase(Locale.ROOT);
            EvidenceRecord record = ws.evidence().evidenceById(id).orElseThrow(() -> new IllegalArgumentException(
                    "Onbekend bewijsstuk '" + request.evidenceId() + "'; zie: evidence list"));
            Evidence evidence = record.evidence();
            ZoneId previous = ZoneId.of(Optional.ofNullable(ws.evidence().evidenceMetadata().get(id))
                    .map(m -> m.get(ZONE_KEY)).orElse(ws.caseFile().timeZone()));
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put(ZONE_KEY, request.zone().getId());
            int passages = 0;
            int dated = 0;
            int suggestions = 0;
            if (record.status() == IngestState.INDEXED && record.passages() > 0) {
                SourceResult.Read read = reread(ws, evidence, request.zone());
                EvidenceDetection.Result detected = new EvidenceDetection(adapters.rulesForCase(ws.root()),
                        ws.caseFile()).detect(evidence.sha256(), read.kind(),
                        attribute(read.passages(), new AuthorResolver(ws.caseFile().parties())));
                try (PassageIndexWriter writer = new PassageIndexWriter(ws.indexDir())) {
                    writer.replaceEvidence(id, detected.passages());
                    writer.commit();
                }
                passages = detected.passages().size();
                dated = (int) read.passages().stream().filter(p -> p.time() != null).count();
                metadata.putAll(read.metadata());
                metadata.put(ZONE_KEY, request.zone().getId());
                int[] open = {0};
                int count = passages;
                ws.inTransaction(() -> {
                    open[0] = ws.suggestions().replaceOpenSuggestions(id, detected.suggestions()).size();
                    ws.evidence().completeEvidence(id, IngestState.INDEXED, record.reason(), count, read.kind(),
                            evidence.mediaType());
                    ws.evidence().putEvidenceMetadata(id, metadata);
                });
                suggestions = open[0];
            } else {
                ws.evidence().putEvidenceMetadata(id, metadata); // nothing to date now; a later read uses it
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("evidence", id);
            details.put("sha256", evidence.sha256());
            details.put("from", previous.getId());
            details.put("zone", request.zone().getId());
            details.put("passages", passages);
            details.put("dated", dated);
            ws.appendAudit("evidence.zone", details);
            ws.flushAudit();
            return new Result(id, previous, request.zone(), passages, dated, suggestions);
        }
    }

    /** The item read again from its stored original in {@code zone}, as the ingest reads it (in a worker if it did). */
    private static SourceResult.Read reread(CaseWorkspace ws, Evidence evidence, ZoneId zone)
            throws IOException, InterruptedException {
        Path file = EvidenceStore.in(ws).fileFor(evidence.sha256());
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String mediaType = evidence.mediaType() == null ? "application/octet-stream" : evidence.mediaType();
        SourceInput input = new SourceInput(file, evidence, mediaType, head);
        Source source = SourceRegistry.discover().sourceFor(input).orElseThrow(() -> new NotReread(evidence.id(),
                "geen lezer voor " + mediaType));
        SourceContext context = new SourceContext(zone, true);
        IngestOptions o = IngestOptions.fromSystemProperties();
        SourceResult r;
        if (!o.isolated() || o.inProcess().contains(source.name()) && evidence.size() <= IngestOptions.IN_PROCESS_MAX_BYTES) {
            try {
                r = source.read(input, context);
            } catch (Exception e) {
                r = new SourceResult.Failed(String.valueOf(e.getMessage()));
            }
        } else {
            try (WorkerPool pool = new WorkerPool(WorkerCommand.forThisJvm(o.workerHeapMb(), o.workerJvm()), 1,
                    o.timeout(), o.workerHeapMb())) {
                r = pool.read(new ParseRequest(file.toString(), evidence, mediaType, source.name(), zone.getId(),
                        context.ocr(), context.passwords())).asRead();
            }
        }
        if (r instanceof SourceResult.Read read) {
            return read;
        }
        throw new NotReread(evidence.id(),
                r instanceof SourceResult.Failed f ? f.reason() : ((SourceResult.Skipped) r).reason());
    }

    /** The item could not be read again (a password it needed, a worker it killed): nothing was changed. */
    public static final class NotReread extends RuntimeException {
        private final String evidenceId;
        private final String reason;

        NotReread(String evidenceId, String reason) {
            super("Opnieuw lezen van " + evidenceId + " mislukt (" + reason + "); tijdzone niet gewijzigd.");
            this.evidenceId = evidenceId;
            this.reason = reason;
        }

        public String evidenceId() {
            return evidenceId;
        }

        public String reason() {
            return reason;
        }
    }

    /** Each passage's author resolved to a party where an alias says who it is, as the ingest attributes. */
    private static List<Passage> attribute(List<Passage> passages, AuthorResolver authors) {
        Map<String, Optional<String>> partyOf = new HashMap<>();
        List<Passage> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            String party = p.author() != null && p.partyId() == null
                    ? partyOf.computeIfAbsent(p.author(), authors::resolve).orElse(null) : null;
            out.add(party == null ? p : new Passage(p.evidenceId(), p.locator(), p.time(), p.author(), party,
                    p.language(), p.system(), p.text(), p.speaker()));
        }
        return out;
    }
}
