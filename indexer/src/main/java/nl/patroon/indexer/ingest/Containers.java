package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.patroon.core.evidence.IngestState;
import nl.patroon.core.json.Json;
import nl.patroon.indexer.extract.ExtractionException;
import nl.patroon.indexer.extract.MailboxAttachments;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.isolation.ParseRequest;
import nl.patroon.indexer.isolation.WorkerOutcome;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.mail.PstAttachments;
import nl.patroon.indexer.source.mail.PstSource;
import nl.patroon.indexer.store.EvidenceStore;

/**
 * The containers stage: archives, e-mails and Outlook messages hand their members, in order, to the {@link Members}
 * sink the walk carries (as Tika hands embedded documents to its {@code EmbeddedDocumentExtractor}); each member
 * becomes evidence of its own under its container ({@code mail.eml!/bijlage.pdf}), read by its own source. Confined to
 * the walk thread, so members take their ids in walk order.
 */
final class Containers {
    /** Stands, in the report, for the attachments of an Outlook message that could not be split. */
    static final String ATTACHMENTS_NOT_SPLIT = "(bijlagen)";

    /** Where a container's members go: the walk, which takes each in as it comes. */
    interface Members {
        /** A member's bytes; {@code display} is {@code container!/member}. */
        void member(String display, String name, InputStream in, String parentId, int depth) throws IOException;

        /** A part that could not be taken out: failed, with the reason, and no evidence of its own. */
        void unreadable(String display, String reason) throws IOException;
    }

    /** How an archive's expansion ended, as the archive's own end state. */
    record ArchiveEnd(IngestState state, String reason) {
    }

    private final ArchiveLimits limits;
    private final EvidenceStore store;
    private final Reading reading;

    Containers(ArchiveLimits limits, EvidenceStore store, Reading reading) {
        this.limits = limits;
        this.store = store;
        this.reading = reading;
    }

    static boolean isArchive(String mediaType) {
        return ArchiveExpander.isArchive(mediaType);
    }

    /** Streams an archive's members into the store and on to {@code members}, within {@link ArchiveLimits}. */
    ArchiveEnd expandArchive(Path archive, String mediaType, String parentId, String display, String name, int depth,
                             Members members) throws IOException {
        ArchiveExpander.Result r = new ArchiveExpander(limits).expand(archive, mediaType, name,
                display, depth, new ArchiveExpander.MemberSink() {
                    @Override
                    public void member(String member, String memberName, InputStream in) throws IOException {
                        members.member(member, memberName, in, parentId, depth + 1);
                    }

                    @Override
                    public void unreadable(String member, String reason) throws IOException {
                        members.unreadable(member, reason);
                    }
                });
        return r.failure() == null ? new ArchiveEnd(IngestState.INDEXED, "archief met " + r.members() + " bestand(en)")
                : new ArchiveEnd(IngestState.FAILED, r.failure());
    }

    /**
     * An e-mail's attachments. Only the structure is walked here, in this process: a MIME e-mail's parts are streamed
     * from the file into the store ({@code MailAttachments}; no body is parsed or held in memory). An Outlook message
     * read in a worker is split there, in the same parse as its read ({@link #splitInWorker}), and that read is
     * returned, to be used as the message's own; otherwise null (also for what is not an e-mail).
     *
     * @param source the e-mail's source, or null when it has none
     */
    SourceResult expandEmail(SourceInput email, String display, String name, int depth, Source source,
                             Members members) throws IOException {
        if (PstSource.isPst(email) && depth < limits.maxDepth()) {
            if (source != null && reading.readsInWorker(source, email)) {
                return splitPstInWorker(email, display, depth, source, members);
            }
            expandPst(email, display, depth, members);
            return null; // the mailbox's messages are read by its own source
        }
        if (isMailbox(email.mediaType(), name) && depth < limits.maxDepth()) {
            expandMailbox(email, display, depth, members);
            return null; // the mailbox's messages are read by its own source
        }
        if (!isEmail(email.mediaType(), name) || depth >= limits.maxDepth()) {
            return null;
        }
        Set<String> used = new HashSet<>();
        TikaExtraction.AttachmentSink toMember = (attachment, in) -> {
            String member = display + "!/" + attachment;
            for (int n = 2; !used.add(member); n++) {
                member = display + "!/" + n + "-" + attachment;
            }
            members.member(member, attachment, in, email.evidence().id(), depth + 1);
        };
        if (TikaExtraction.OUTLOOK.equals(email.mediaType()) && source != null && reading.readsInWorker(source, email)) {
            return splitInWorker(email, display, source, toMember, members);
        }
        try {
            TikaExtraction.get().eachAttachment(email.file(), name, email.mediaType(), toMember);
        } catch (ExtractionException e) {
            // The e-mail's own read reports what is wrong with it; attachments are simply not reached.
        }
        return null;
    }

    /**
     * An Outlook message is read in a worker, which writes its attachments into a folder in the store from the same
     * parse (POI holds each attachment in memory: in this process one message with a huge attachment ran the ingest out
     * of heap, and every re-run again, at the same file). The attachments are then taken in here, in walk order, like a
     * MIME e-mail's, and the read is returned for the message itself. A message that kills its worker on both attempts,
     * or whose attachments cannot be written, costs its attachments, reported as failed, and is read once more on its
     * own (the text alone may fit where the attachments did not): null is returned then, as the message is still to be
     * read.
     */
    private SourceResult splitInWorker(SourceInput message, String display, Source source,
                                       TikaExtraction.AttachmentSink toMember, Members members) throws IOException {
        Path parts = store.newIncomingDirectory();
        try {
            WorkerOutcome outcome;
            try {
                outcome = reading.inWorkerWithParts(source, message, parts);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("ingest onderbroken");
            }
            String notSplit = notSplit(outcome);
            if (notSplit != null) {
                members.unreadable(display + "!/" + ATTACHMENTS_NOT_SPLIT, notSplit);
                return null;
            }
            SourceResult r = outcome.asRead();
            Path names = parts.resolve(ParseRequest.PART_NAMES);
            if (!(r instanceof SourceResult.Failed) && Files.exists(names)) { // read whole, even without text
                String[] named = Json.mapper().readValue(names.toFile(), String[].class);
                for (int i = 1; i <= named.length; i++) {
                    try (InputStream in = Files.newInputStream(parts.resolve(Integer.toString(i)))) {
                        toMember.attachment(named[i - 1], in);
                    }
                }
            }
            return r; // if failed: the message itself is unreadable, what its own read says; no attachment is reached
        } finally {
            EvidenceStore.deleteIncoming(parts);
        }
    }

    /** The report's reason for attachments the worker did not split off, or null when it answered. */
    static String notSplit(WorkerOutcome outcome) {
        if (outcome instanceof WorkerOutcome.PartsNotSplit p) {
            return "bijlagen niet uitgepakt: " + p.why();
        }
        if (outcome instanceof WorkerOutcome.GaveUp g) {
            return "bijlagen niet uitgepakt: " + g.reason();
        }
        return null;
    }

    /**
     * A mailbox's attachments, each evidence of its own under its message ({@code postvak.mbox!/bericht-2/letsel.pdf}:
     * message 2 is passage m2 of the mailbox), streamed from the file by {@link MailboxAttachments}.
     */
    private static void expandMailbox(SourceInput mbox, String display, int depth, Members members) throws IOException {
        Set<String> used = new HashSet<>();
        List<Integer> unreadable = MailboxAttachments.each(mbox.file(), (message, attachment, in) -> {
            String member = display + "!/bericht-" + message + "/" + attachment;
            for (int n = 2; !used.add(member); n++) {
                member = display + "!/bericht-" + message + "/" + n + "-" + attachment;
            }
            members.member(member, attachment, in, mbox.evidence().id(), depth + 1);
        });
        for (int message : unreadable) {
            members.unreadable(display + "!/bericht-" + message + "/" + ATTACHMENTS_NOT_SPLIT,
                    "bijlagen van bericht " + message + " niet leesbaar (MIME-structuur)");
        }
    }

    /**
     * An Outlook mailbox's attachments, each evidence of its own under its message ({@code postvak.pst!/bericht-2/…}:
     * message 2 is passage m2 of the mailbox), streamed from the file by {@link PstAttachments}; one that cannot be
     * read fails alone, with its reason.
     */
    private static void expandPst(SourceInput pst, String display, int depth, Members members) throws IOException {
        Set<String> used = new HashSet<>();
        List<PstAttachments.Unreadable> unreadable = PstAttachments.each(pst.file(), (message, attachment, in) ->
                members.member(unique(used, display + "!/bericht-" + message + "/", attachment), attachment, in,
                        pst.evidence().id(), depth + 1));
        for (PstAttachments.Unreadable u : unreadable) {
            members.unreadable(unique(used, display + "!/bericht-" + u.message() + "/", u.name()), u.reason());
        }
    }

    /**
     * An Outlook mailbox read in a worker, which splits its attachments off in the same walk (libpst on a hostile file
     * must cost a worker, not the ingest); each is taken in as {@code postvak.pst!/bericht-N/name}, and each the worker
     * could not read fails alone, with its reason.
     */
    private SourceResult splitPstInWorker(SourceInput pst, String display, int depth, Source source, Members members)
            throws IOException {
        SourceResult read = splitInWorker(pst, display, source, (part, in) -> members.member(display + "!/" + part,
                part.substring(part.lastIndexOf('/') + 1), in, pst.evidence().id(), depth + 1), members);
        if (read instanceof SourceResult.Read r) {
            for (PstAttachments.Unreadable u : PstSource.unreadableParts(r)) {
                members.unreadable(display + "!/bericht-" + u.message() + "/" + u.name(), u.reason());
            }
        }
        return read;
    }

    /** {@code prefix + name}, or {@code prefix + "2-" + name}, … when that display is taken already. */
    private static String unique(Set<String> used, String prefix, String name) {
        String member = prefix + name;
        for (int n = 2; !used.add(member); n++) {
            member = prefix + n + "-" + name;
        }
        return member;
    }

    private static boolean isMailbox(String mediaType, String name) {
        return mediaType.equals("application/mbox") && (name == null || !name.toLowerCase(Locale.ROOT).endsWith(".eml"));
    }

    private static boolean isEmail(String mediaType, String name) {
        return mediaType.equals("message/rfc822") || mediaType.equals(TikaExtraction.OUTLOOK)
                || mediaType.equals("application/mbox") && name != null && name.toLowerCase(Locale.ROOT).endsWith(".eml");
    }
}
