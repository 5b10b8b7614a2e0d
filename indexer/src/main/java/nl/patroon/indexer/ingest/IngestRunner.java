package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.patroon.indexer.isolation.ParseRequest;
import nl.patroon.indexer.isolation.WorkerCommand;
import nl.patroon.indexer.isolation.WorkerPool;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.casefile.CaseDatabase;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.casefile.EvidenceStatus;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.IngestOutcome;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.attribution.AuthorResolver;
import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.index.IndexedPassage;
import nl.patroon.indexer.index.PassageIndexWriter;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.store.EvidenceStore;
import nl.patroon.indexer.store.StoredOriginal;

/**
 * Takes files into a case: store (copy, SHA-256), deduplicate, read into passages, attribute, detect,
 * index; and accounts for every file in exactly one end state.
 *
 * <p>Durability: an item is recorded PENDING before it is read; its passages, its end state, its suggestions
 * and its audit line become durable together at a commit point (Lucene commit, then one SQLite transaction).
 * A crash loses at most the work since the last commit point, and a re-run of the same command resumes:
 * files already accounted for keep their outcome, PENDING items are read again, and their passages replace
 * any earlier ones instead of adding to them.
 *
 * <p>Parallelism without losing determinism: the walk, evidence ids, duplicate checks and container splitting
 * happen on the calling thread in walk order; storing and typing a top-level file (which depend on its bytes only)
 * run a few files ahead of it, and reads (with attribution and detection of their passages) in parallel; their
 * results are applied, indexed and journalled in walk order again. Risky reads run in
 * {@link WorkerPool worker processes}, so a hostile file can kill a worker but never the batch.
 */
public final class IngestRunner {
    /**
     * Commit points: every 1,024 items or 30 seconds, whichever comes first. A crash costs at most that much work
     * again; each commit costs a flush of every indexing buffer, an fsync and small segments to merge later (with
     * 256 items / 10 s the default corpus took 3-6% more CPU). {@code -Dpatroon.commit.files} and
     * {@code -Dpatroon.commit.millis} change them (the kill test commits more often, so the kill lands after one).
     */
    private static final int COMMIT_EVERY_FILES = Integer.getInteger("patroon.commit.files", 1024);
    private static final long COMMIT_EVERY_MILLIS = Long.getLong("patroon.commit.millis", 30_000);

    private final CaseWorkspace workspace;
    private final SourceRegistry sources;
    private final EvidenceDetection detection;
    private final SourceContext context;
    private final IngestListener listener;
    private final Clock clock;
    private final ArchiveLimits limits;
    private final IngestOptions options;

    public IngestRunner(CaseWorkspace workspace, SourceRegistry sources, Detector detector, SourceContext context,
                        IngestListener listener, Clock clock) {
        this(workspace, sources, detector, context, listener, clock, ArchiveLimits.DEFAULT);
    }

    public IngestRunner(CaseWorkspace workspace, SourceRegistry sources, Detector detector, SourceContext context,
                        IngestListener listener, Clock clock, ArchiveLimits limits) {
        this(workspace, sources, detector, context, listener, clock, limits, IngestOptions.defaults());
    }

    public IngestRunner(CaseWorkspace workspace, SourceRegistry sources, Detector detector, SourceContext context,
                        IngestListener listener, Clock clock, ArchiveLimits limits, IngestOptions options) {
        this.workspace = workspace;
        this.sources = sources;
        this.detection = new EvidenceDetection(detector, workspace.caseFile());
        this.context = context;
        this.listener = listener;
        this.clock = clock;
        this.limits = limits;
        this.options = options;
    }

    /** Runs the ingest, writes {@code exports/ingest-report.json} and {@code .csv}, and returns the report. */
    public IngestReport run(List<Path> inputs) throws IOException {
        Instant started = clock.instant();
        List<InputFile> files = InputWalker.walk(inputs);
        listener.started(files.size(), files.stream().mapToLong(InputFile::size).sum());

        CaseDatabase db = workspace.database();
        String inputsKey = Sha256.hex(String.join("\n", inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()));
        String runId = db.meta(CaseDatabase.OPEN_INGEST + inputsKey).orElse(null);
        boolean resumed = runId != null;
        if (!resumed) {
            runId = started.toString() + "/" + inputsKey.substring(0, 12);
            db.putMeta(CaseDatabase.OPEN_INGEST + inputsKey, runId);
        }
        Map<String, IngestOutcome> earlier = resumed ? db.journalOf(runId) : Map.of();
        workspace.appendAudit(resumed ? "ingest.resume" : "ingest.start",
                Map.of("run", runId, "inputs", inputs.stream().map(Path::toString).toList(),
                        "sha256Provider", Sha256.bulkProvider().getName()));

        Run run = new Run(runId, earlier, new AuthorResolver(workspace.caseFile().parties()));
        // Twice as many reader threads as workers: while one reader detects and indexes what its worker returned,
        // another hands that worker the next file, so worker processes never wait for the ingest process. The
        // in-process work itself is held to options.threads() at a time (Run.inProcess).
        ExecutorService readers = Executors.newFixedThreadPool(2 * options.threads(), r -> {
            Thread t = new Thread(r, "patroon-ingest-read");
            t.setDaemon(true);
            return t;
        });
        // Storing (hash and copy) and type detection depend on nothing but a file's bytes: done ahead of the walk, on
        // these threads, so the walk itself (ids, duplicates, attachments, in walk order) is not the bottleneck.
        ExecutorService ahead = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "patroon-ingest-ahead");
            t.setDaemon(true);
            return t;
        });
        // Lucene's half of each commit point, beside the journal's (Run.maybeCommit).
        ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "patroon-ingest-commit");
            t.setDaemon(true);
            return t;
        });
        try (PassageIndexWriter writer = new PassageIndexWriter(workspace.indexDir());
             WorkerPool pool = new WorkerPool(WorkerCommand.forThisJvm(options.workerHeapMb()), options.threads(),
                     options.timeout(), options.workerHeapMb())) {
            // Only now, holding the index's write lock (one ingest per case): what an interrupted run left on its way in.
            int leftovers = run.store.removeLeftovers();
            if (leftovers > 0) {
                workspace.appendAudit("ingest.cleanup", Map.of("run", runId, "removed", leftovers,
                        "what", "tijdelijke bestanden van een onderbroken ingest (geen originelen)"));
            }
            run.writer = writer;
            run.readers = readers;
            run.committer = committer;
            run.pool = pool;
            Deque<Future<Prepared>> prepared = new ArrayDeque<>();
            int next = 0;
            for (InputFile f : files) {
                for (; next < files.size() && prepared.size() < PREPARED_AHEAD; next++) {
                    InputFile upcoming = files.get(next);
                    prepared.add(run.needsStoring(upcoming)
                            ? ahead.submit(() -> run.prepare(upcoming)) : CompletableFuture.completedFuture(null));
                }
                run.ingestTopLevel(f, run.await(prepared.poll()));
            }
            run.drain(true);
            run.maybeCommit(true); // the last commit point: every read is done
        } finally {
            readers.shutdownNow();
            ahead.shutdownNow();
            committer.shutdownNow();
        }
        IngestReport report = new IngestReport(workspace.caseFile().parketnummer(), started.toString(),
                clock.millis() - started.toEpochMilli(), run.outcomes);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run", runId);
        report.totals().forEach((state, n) -> summary.put(state.code(), n));
        workspace.appendAudit("ingest.end", summary);
        db.removeMeta(CaseDatabase.OPEN_INGEST + inputsKey);
        workspace.flushAudit();
        IngestReports.write(workspace.exportsDir(), report, IngestReports.mediaTypes(db));
        return report;
    }

    /** The mutable state of one run; confined to the calling thread (reads only run on the reader threads). */
    private final class Run {
        final String runId;
        final Map<String, IngestOutcome> earlier;
        final AuthorResolver authors;
        final EvidenceStore store;
        final List<IngestOutcome> outcomes = new ArrayList<>();
        final List<Completed> uncommitted = new ArrayList<>();
        /** File-system timestamps of top-level originals, by display path, until their evidence is reserved. */
        final Map<String, Map<String, String>> custody = new HashMap<>();
        final Map<String, String> seenInRun = new HashMap<>();
        /** Results in walk order; reads may finish out of order, they are applied in this order. */
        final Deque<Future<Step>> inFlight = new ArrayDeque<>();
        /*
         * Results wait here until every earlier item is applied; they hold no passages (already indexed), so the
         * window can be wide enough that one slow file does not leave the other workers idle behind it.
         */
        final int maxInFlight = options.threads() * 16;
        /** At most options.threads() readers do in-process work (chat parsing, detection, indexing) at once. */
        final java.util.concurrent.Semaphore inProcess = new java.util.concurrent.Semaphore(options.threads());
        volatile PassageIndexWriter writer;
        volatile ExecutorService readers;
        volatile ExecutorService committer;
        volatile WorkerPool pool;
        long lastCommit = clock.millis();

        Run(String runId, Map<String, IngestOutcome> earlier, AuthorResolver authors) throws IOException {
            this.runId = runId;
            this.earlier = earlier;
            this.authors = authors;
            this.store = EvidenceStore.in(workspace);
        }

        /** Whether the walk will store this file (not replayed from an interrupted run, not a refused path). */
        boolean needsStoring(InputFile f) {
            return f.problem() == null && !accountedFor(f.display());
        }

        /** Whether the interrupted run this one resumes already accounted for the item (a failure is tried again). */
        private boolean accountedFor(String display) {
            IngestOutcome done = earlier.get(display);
            return done != null && done.state() != IngestState.FAILED;
        }

        /**
         * Runs ahead of the walk, on another thread: stores the file (hash and copy), reads its timestamps and detects
         * its type. Touches no state of the run; the walk applies the result in walk order.
         */
        Prepared prepare(InputFile f) {
            StoredOriginal original;
            try {
                original = store.put(f.path());
            } catch (IOException | UncheckedIOException e) {
                return new Prepared(null, null, null, null, null, "onleesbaar: " + TikaExtraction.rootMessage(e));
            }
            Instant modified = null;
            Map<String, String> timestamps = null;
            try {
                var attrs = Files.readAttributes(f.path(), java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                modified = attrs.lastModifiedTime().toInstant();
                // Custody: the original's own timestamps as the file system gave them at intake. (The access
                // time is not kept: reading the file to hash it has just changed it.)
                timestamps = Map.of(
                        "origineel.gewijzigd", attrs.lastModifiedTime().toInstant().toString(),
                        "origineel.aangemaakt", attrs.creationTime().toInstant().toString());
            } catch (IOException ignored) {
                // the timestamps are custody detail, not a reason to fail the file
            }
            String name = f.path().getFileName().toString();
            byte[] head;
            try {
                head = head(original.file());
            } catch (IOException e) {
                head = null; // the walk reads it again and meets the error itself
            }
            return new Prepared(original, modified, timestamps, TikaExtraction.get().detect(original.file(), name),
                    head, null);
        }

        Prepared await(Future<Prepared> prepared) throws IOException {
            try {
                return prepared.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("ingest onderbroken");
            } catch (ExecutionException e) {
                throw new IOException("interne fout bij innemen: " + TikaExtraction.rootMessage(e), e.getCause());
            }
        }

        void ingestTopLevel(InputFile f, Prepared prepared) throws IOException {
            if (replayed(f.display())) {
                return;
            }
            if (f.problem() != null) {
                boolean skip = f.problem().startsWith("symbolische link") || f.problem().startsWith("geen gewoon");
                record(new IngestOutcome(f.display(), null, skip ? IngestState.SKIPPED : IngestState.FAILED,
                        f.problem(), null, 0), null, f.size());
                return;
            }
            if (prepared.failure() != null) {
                record(new IngestOutcome(f.display(), null, IngestState.FAILED, prepared.failure(), null, 0), null,
                        f.size());
                return;
            }
            if (prepared.custody() != null) {
                custody.put(f.display(), prepared.custody());
            }
            ingestStored(prepared.original(), f.display(), f.path().getFileName().toString(), prepared.modified(),
                    null, 0, prepared.mediaType(), prepared.head());
        }

        /**
         * Replays what an interrupted run of the same command already accounted for (an archive's members
         * were journalled before the archive itself), so the resumed report equals an uninterrupted one.
         */
        private boolean replayed(String display) throws IOException {
            if (!accountedFor(display)) {
                return false;
            }
            IngestOutcome done = earlier.get(display);
            for (Map.Entry<String, IngestOutcome> e : earlier.entrySet()) {
                if (e.getKey().startsWith(display + "!/")) {
                    replay(e.getValue());
                }
            }
            replay(done);
            return true;
        }

        private void replay(IngestOutcome o) throws IOException {
            if (o.sha256() != null && o.evidence() != null) {
                seenInRun.putIfAbsent(o.sha256(), o.evidence());
            }
            enqueue(CompletableFuture.completedFuture(
                    new Step(new Completed(null, o, null, null, List.of()), null, 0)));
        }

        void ingestStored(StoredOriginal original, String display, String name, Instant modified, String parentId,
                          int depth) throws IOException {
            ingestStored(original, display, name, modified, parentId, depth, null, null);
        }

        /** As above, with the media type and first bytes when {@link #prepare} found them already (else null). */
        void ingestStored(StoredOriginal original, String display, String name, Instant modified, String parentId,
                          int depth, String detectedType, byte[] knownHead) throws IOException {
            if (replayed(display)) {
                return;
            }
            CaseDatabase db = workspace.database();
            Optional<EvidenceRecord> existing = db.evidenceBySha(original.sha256());
            String firstInRun = seenInRun.get(original.sha256());
            // Only what is indexed already is a duplicate. PENDING: a crash interrupted it. FAILED or SKIPPED: read it
            // again, so that a later run with a password file, more worker memory (--worker-memory) or OCR (Tesseract
            // installed since) can get in what this one could not; it keeps its evidence id.
            if (firstInRun != null || existing.isPresent() && existing.get().status() == EvidenceStatus.INDEXED) {
                String of = firstInRun != null ? firstInRun : existing.get().evidence().id();
                String where = existing.map(r -> r.evidence().originalPath()).orElse("eerder in deze run");
                record(new IngestOutcome(display, original.sha256(), IngestState.DUPLICATE,
                        "al aanwezig als " + of + " (" + where + ")", of, 0), null, original.size());
                return;
            }
            Evidence evidence = existing.map(EvidenceRecord::evidence).orElseGet(() -> db.reserveEvidence(
                    new CaseDatabase.NewEvidence(original.sha256(), original.size(), display, name, null, parentId,
                            modified, clock.instant(), System.getProperty("user.name"))));
            Map<String, String> timestamps = custody.remove(display);
            if (timestamps != null && existing.isEmpty()) {
                db.putEvidenceMetadata(evidence.id(), timestamps);
            }
            seenInRun.put(original.sha256(), evidence.id());
            String mediaType = detectedType != null ? detectedType : TikaExtraction.get().detect(original.file(), name);

            if (ArchiveExpander.isArchive(mediaType)) {
                ArchiveExpander.Result r = new ArchiveExpander(limits).expand(original.file(), mediaType, name,
                        display, depth, new ArchiveExpander.MemberSink() {
                            @Override
                            public void member(String member, String memberName, InputStream in) throws IOException {
                                ingestMember(member, memberName, in, evidence.id(), depth + 1);
                            }

                            @Override
                            public void unreadable(String member, String reason) throws IOException {
                                failMember(member, reason);
                            }
                        });
                IngestState state = r.failure() == null ? IngestState.INDEXED : IngestState.FAILED;
                String reason = r.failure() == null ? "archief met " + r.members() + " bestand(en)" : r.failure();
                complete(evidence, display, mediaType, state, reason, SourceKind.ARCHIVE, List.of(), List.of());
                return;
            }
            SourceInput input = new SourceInput(original.file(), evidence, mediaType,
                    knownHead != null ? knownHead : head(original.file()));
            Optional<Source> source = sources.sourceFor(input);
            SourceResult readWithAttachments = null; // an Outlook message: read while its attachments were split off
            if (isEmail(mediaType, name) && depth < limits.maxDepth()) {
                Source inWorker = source.filter(s -> !options.runsInProcess(s.name(), evidence.size())).orElse(null);
                readWithAttachments = expandAttachments(input, display, name, depth, inWorker);
            }
            if (source.isEmpty()) {
                complete(evidence, display, mediaType, IngestState.SKIPPED, "geen lezer voor " + mediaType, null,
                        List.of(), List.of());
                return;
            }
            Source s = source.get();
            SourceResult known = readWithAttachments;
            enqueue(readers.submit(() -> read(s, input, display, known)));
        }

        private ParseRequest request(Source source, SourceInput input) {
            return new ParseRequest(input.file().toString(), input.evidence(), input.mediaType(), source.name(),
                    context.zone().getId(), context.ocr(), context.passwords());
        }

        /**
         * Runs on a reader thread: the read itself (unless {@code known}, read already), then attribution and detection
         * of its passages.
         */
        private Step read(Source source, SourceInput input, String display, SourceResult known)
                throws InterruptedException {
            boolean here = options.runsInProcess(source.name(), input.evidence().size());
            SourceResult result = known != null ? known : here ? null : pool.read(request(source, input)); // null: here
            inProcess.acquire();
            try {
                return readAndIndex(source, input, display, result);
            } finally {
                inProcess.release();
            }
        }

        /** The in-process part of a read: the read itself unless a worker did it, attribution, detection, index. */
        private Step readAndIndex(Source source, SourceInput input, String display, SourceResult fromWorker) {
            Evidence evidence = input.evidence();
            SourceResult result = fromWorker;
            if (result == null) {
                try {
                    result = source.read(input, context);
                } catch (Exception | StackOverflowError e) {
                    result = new SourceResult.Failed("lezen mislukt (" + source.name() + "): "
                            + TikaExtraction.rootMessage(e));
                }
            }
            String mediaType = input.mediaType();
            Step step;
            if (result instanceof SourceResult.Read read) {
                try {
                    step = indexRead(evidence, display, mediaType, read);
                } catch (RuntimeException | StackOverflowError e) {
                    // A detector or attribution bug on one item must cost that item, not the batch.
                    step = completed(evidence, display, mediaType, IngestState.FAILED,
                            "verwerken mislukt na lezen: " + TikaExtraction.rootMessage(e), null, List.of(), List.of());
                }
            } else {
                boolean skipped = result instanceof SourceResult.Skipped;
                String reason = skipped ? ((SourceResult.Skipped) result).reason()
                        : ((SourceResult.Failed) result).reason();
                step = completed(evidence, display, mediaType, skipped ? IngestState.SKIPPED : IngestState.FAILED,
                        reason, null, List.of(), List.of());
            }
            /*
             * Indexed here, in parallel, not when applied in walk order: Lucene's writer is thread-safe and this
             * is the bulk of the work. Safe across a crash: passages may reach a Lucene commit before their item
             * is journalled, but such an item is still PENDING, so a resumed run reads it again and
             * replaceEvidence swaps its passages instead of adding to them (an empty list clears stale ones).
             */
            try {
                writer.replaceEvidence(evidence.id(), step.passages());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // Indexed: the passages are not kept while the result waits its turn (a phone export holds thousands).
            return new Step(step.completed(), null, step.bytes());
        }

        /**
         * An e-mail's attachments become evidence of their own ({@code mail.eml!/bijlage.pdf}, parent: the
         * e-mail), each read by its own source. Only the structure is walked here, in this process: a MIME e-mail's
         * parts are streamed from the file into the store ({@code MailAttachments}; no body is parsed or held in
         * memory). An Outlook message is read in a worker, which splits off its attachments in the same parse
         * ({@link #expandInWorker}); its read is returned, to be used as the message's own. The attachments
         * themselves are parsed like any other item.
         *
         * @param inWorker the source that reads the e-mail in a worker, or null when it is read here (in-process ingest)
         */
        private SourceResult expandAttachments(SourceInput email, String display, String name, int depth,
                                               Source inWorker) throws IOException {
            java.util.Set<String> used = new java.util.HashSet<>();
            TikaExtraction.AttachmentSink toMember = (attachment, in) -> {
                String member = display + "!/" + attachment;
                for (int n = 2; !used.add(member); n++) {
                    member = display + "!/" + n + "-" + attachment;
                }
                ingestMember(member, attachment, in, email.evidence().id(), depth + 1);
            };
            if (TikaExtraction.OUTLOOK.equals(email.mediaType()) && inWorker != null) {
                return expandInWorker(display, request(inWorker, email), toMember);
            }
            try {
                TikaExtraction.get().eachAttachment(email.file(), name, email.mediaType(), toMember);
            } catch (nl.patroon.indexer.extract.ExtractionException e) {
                // The e-mail's own read reports what is wrong with it; attachments are simply not reached.
            }
            return null;
        }

        /**
         * An Outlook message is read in a worker, which writes its attachments into a folder in the store from the
         * same parse (POI holds each attachment in memory: in this process one message with a huge attachment ran the
         * ingest out of heap, and every re-run again, at the same file). The attachments are then taken in here, in
         * walk order, like a MIME e-mail's, and the read is returned for the message itself. A message that kills its
         * worker on both attempts, or whose attachments cannot be written, costs its attachments, reported as failed,
         * and is read once more on its own (the text alone may fit where the attachments did not): null is returned
         * then, as the message is still to be read.
         */
        private SourceResult expandInWorker(String display, ParseRequest read, TikaExtraction.AttachmentSink toMember)
                throws IOException {
            Path parts = store.newIncomingDirectory();
            try {
                SourceResult r;
                try {
                    r = pool.read(read.withParts(parts.toString()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("ingest onderbroken");
                }
                Path names = parts.resolve(ParseRequest.PART_NAMES);
                if (!(r instanceof SourceResult.Failed) && Files.exists(names)) { // read whole, even without text
                    String[] named = nl.patroon.core.json.Json.mapper().readValue(names.toFile(), String[].class);
                    for (int i = 1; i <= named.length; i++) {
                        try (InputStream in = Files.newInputStream(parts.resolve(Integer.toString(i)))) {
                            toMember.attachment(named[i - 1], in);
                        }
                    }
                    return r;
                }
                if (r instanceof SourceResult.Failed failed
                        && (WorkerPool.gaveUp(r) || failed.reason().startsWith(ParseRequest.PARTS_FAILED))) {
                    String why = failed.reason().startsWith(ParseRequest.PARTS_FAILED)
                            ? failed.reason().substring(ParseRequest.PARTS_FAILED.length()) : failed.reason();
                    failMember(display + "!/" + ATTACHMENTS_NOT_SPLIT, "bijlagen niet uitgepakt: " + why);
                    return null;
                }
                return r; // the message itself is unreadable: what its own read says; no attachment is reached
            } finally {
                EvidenceStore.deleteIncoming(parts);
            }
        }

        /** A part of a container that could not be taken out: failed, with the reason, and no evidence of its own. */
        private void failMember(String member, String reason) throws IOException {
            if (!replayed(member)) {
                record(new IngestOutcome(member, null, IngestState.FAILED, reason, null, 0), null, 0);
            }
        }

        private void ingestMember(String display, String name, InputStream in, String parentId, int depth)
                throws IOException {
            StoredOriginal original = store.put(in);
            ingestStored(original, display, name, null, parentId, depth);
        }

        private Step indexRead(Evidence evidence, String display, String mediaType, SourceResult.Read read) {
            List<Passage> attributedAll = new ArrayList<>(read.passages().size());
            // A chat has a handful of authors and thousands of messages: resolve each author once per item.
            Map<String, Optional<String>> partyOf = new HashMap<>();
            for (Passage p : read.passages()) {
                String party = p.author() != null && p.partyId() == null
                        ? partyOf.computeIfAbsent(p.author(), authors::resolve).orElse(null) : null;
                attributedAll.add(party == null ? p : new Passage(p.evidenceId(), p.locator(), p.time(), p.author(),
                        party, p.language(), p.system(), p.text(), p.speaker()));
            }
            EvidenceDetection.Result detected = detection.detect(evidence.sha256(), read.kind(), attributedAll);
            List<IndexedPassage> indexed = detected.passages();
            List<Suggestion> suggestions = detected.suggestions();
            Step step = completed(evidence, display, mediaType, IngestState.INDEXED, null, read.kind(), indexed,
                    suggestions);
            return new Step(step.completed().withMetadata(read.metadata()), step.passages(), step.bytes());
        }

        private Step completed(Evidence evidence, String display, String mediaType, IngestState state,
                               String reason, SourceKind kind, List<IndexedPassage> passages,
                               List<Suggestion> suggestions) {
            IngestOutcome outcome = new IngestOutcome(display, evidence.sha256(), state, reason, evidence.id(),
                    passages == null ? 0 : passages.size());
            return new Step(new Completed(evidence, outcome, mediaType, kind, suggestions), passages,
                    evidence.size());
        }

        private void complete(Evidence evidence, String display, String mediaType, IngestState state, String reason,
                              SourceKind kind, List<IndexedPassage> passages, List<Suggestion> suggestions)
                throws IOException {
            enqueue(CompletableFuture.completedFuture(
                    completed(evidence, display, mediaType, state, reason, kind, passages, suggestions)));
        }

        private void record(IngestOutcome outcome, Completed completed, long bytes) throws IOException {
            enqueue(CompletableFuture.completedFuture(new Step(
                    completed == null ? new Completed(null, outcome, null, null, List.of()) : completed, null, bytes)));
        }

        private void enqueue(Future<Step> step) throws IOException {
            inFlight.add(step);
            drain(false);
        }

        /**
         * Applies finished results at the head of the queue, in walk order. Back-pressure: when too many reads
         * are in flight, waits for the oldest, so memory stays bounded whatever the size of the batch.
         */
        void drain(boolean all) throws IOException {
            while (!inFlight.isEmpty()) {
                Future<Step> head = inFlight.peek();
                if (!head.isDone() && !all && inFlight.size() <= maxInFlight) {
                    return;
                }
                Step step;
                try {
                    step = head.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("ingest onderbroken", e);
                } catch (ExecutionException e) {
                    throw new IOException("interne fout bij lezen: " + TikaExtraction.rootMessage(e), e.getCause());
                }
                inFlight.poll();
                apply(step);
                maybeCommit(false);
            }
        }

        private void apply(Step step) throws IOException {
            Completed c = step.completed();
            outcomes.add(c.outcome());
            uncommitted.add(c);
            listener.finished(c.outcome(), step.bytes());
        }

        /**
         * A commit point: every {@link #COMMIT_EVERY_FILES} items or {@link #COMMIT_EVERY_MILLIS}, and once more at the
         * end ({@code last}: the walk and every read are done). Lucene's commit runs on its own thread while this one
         * writes the journal's rows in one SQLite transaction, which commits only after Lucene's commit has returned:
         * an item is never journalled as done before its passages are durable, and if either fails the transaction
         * rolls back and a re-run reads the items again ({@code IndexCommitFailureTest}). Side by side because at the
         * end, Lucene's flush of the last indexing buffers (on the idle reader threads) and the journal's rows, most of
         * the chats' suggestions among them, were each about half a second on one core, one after the other.
         */
        void maybeCommit(boolean last) throws IOException {
            if (uncommitted.isEmpty()
                    || !last && uncommitted.size() < COMMIT_EVERY_FILES
                    && clock.millis() - lastCommit < COMMIT_EVERY_MILLIS) {
                return;
            }
            Future<Void> index = committer.submit(() -> {
                if (last) {
                    writer.flushBuffers(readers, options.threads());
                }
                writer.commit();
                return null;
            });
            CaseDatabase db = workspace.database();
            int base = outcomes.size() - uncommitted.size();
            try {
                db.inTransaction(() -> {
                    for (int i = 0; i < uncommitted.size(); i++) {
                        Completed c = uncommitted.get(i);
                        db.journal(runId, base + i + 1, c.outcome());
                        if (c.evidence() == null) {
                            continue;
                        }
                        EvidenceStatus status = EvidenceStatus.valueOf(c.outcome().state().name());
                        db.completeEvidence(c.evidence().id(), status, c.outcome().reason(), c.outcome().passages(),
                                c.kind(), c.mediaType());
                        db.replaceOpenSuggestions(c.evidence().id(), c.suggestions());
                        if (!c.metadata().isEmpty()) {
                            db.putEvidenceMetadata(c.evidence().id(), c.metadata());
                        }
                    }
                    awaitIndexCommit(index);
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                awaitQuietly(index); // never leave Lucene's commit running behind a failed transaction
            }
            for (Completed c : uncommitted) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("path", c.outcome().path());
                details.put("state", c.outcome().state().code());
                if (c.outcome().sha256() != null) {
                    details.put("sha256", c.outcome().sha256());
                }
                if (c.outcome().evidence() != null) {
                    details.put("evidence", c.outcome().evidence());
                }
                if (c.outcome().reason() != null) {
                    details.put("reason", c.outcome().reason());
                }
                if (c.evidence() != null) {
                    details.put("parent", c.evidence().parentId() == null ? "" : c.evidence().parentId());
                }
                workspace.appendAudit("ingest.file", details);
            }
            workspace.flushAudit();
            uncommitted.clear();
            lastCommit = clock.millis();
        }

        /** In the journal's transaction: waits for Lucene's commit; its failure rolls the transaction back. */
        private static void awaitIndexCommit(Future<Void> index) {
            try {
                index.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new java.io.InterruptedIOException("ingest onderbroken bij vastleggen"));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                        : new IllegalStateException("index vastleggen mislukt: " + TikaExtraction.rootMessage(e),
                        e.getCause());
            }
        }

        private static void awaitQuietly(Future<Void> index) {
            boolean interrupted = false;
            while (true) {
                try {
                    index.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    break; // reported by awaitIndexCommit, or superseded by the journal's own failure
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Completed(Evidence evidence, IngestOutcome outcome, String mediaType, SourceKind kind,
                             List<Suggestion> suggestions, Map<String, String> metadata) {
        Completed(Evidence evidence, IngestOutcome outcome, String mediaType, SourceKind kind,
                  List<Suggestion> suggestions) {
            this(evidence, outcome, mediaType, kind, suggestions, Map.of());
        }

        Completed withMetadata(Map<String, String> m) {
            return new Completed(evidence, outcome, mediaType, kind, suggestions, m);
        }
    }


    /** How many top-level files are stored and typed ahead of the walk: enough to keep both cores busy, few bytes. */
    private static final int PREPARED_AHEAD = 8;

    /**
     * A top-level file stored and typed ahead of the walk ({@code Run.prepare}); {@code failure} when it could not be
     * stored, {@code custody} and {@code head} null when they could not be read.
     */
    private record Prepared(StoredOriginal original, Instant modified, Map<String, String> custody, String mediaType,
                            byte[] head, String failure) {
    }

    /** One item's result (its passages already indexed), ready to be applied in walk order. */
    private record Step(Completed completed, List<IndexedPassage> passages, long bytes) {
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(8192);
            return Arrays.copyOf(buf, buf.length);
        }
    }

    /** Stands, in the report, for the attachments of an Outlook message that could not be split. */
    static final String ATTACHMENTS_NOT_SPLIT = "(bijlagen)";

    private static boolean isEmail(String mediaType, String name) {
        return mediaType.equals("message/rfc822") || mediaType.equals(TikaExtraction.OUTLOOK)
                || mediaType.equals("application/mbox") && name != null
                && name.toLowerCase(java.util.Locale.ROOT).endsWith(".eml");
    }
}
