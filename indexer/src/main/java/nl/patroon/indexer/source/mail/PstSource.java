package nl.patroon.indexer.source.mail;

import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.PartSink;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/**
 * An Outlook mailbox (.pst, .ost) read message by message with java-libpst: one passage per message, in folder
 * order (folders depth first, as Outlook lists them), dated by its delivery time (else its submit time), authored
 * by its sender's address, with its folder and subject. Tika reads a .pst as one long text, in which no message has a
 * date or an author. Attachments are named in the message's text ({@code <bijlage: …>}) and taken in as evidence of
 * their own under their message by the ingest ({@link PstAttachments}); a message that cannot be read is left out and
 * counted, the rest of the mailbox is read regardless.
 */
public final class PstSource implements Source {
    static final String PST = "application/vnd.ms-outlook-pst";
    /**
     * Metadata of a read with parts: the attachments that could not be taken out, one a line, as message number, part
     * name and reason, tab-separated (see {@link #unreadableParts}).
     */
    public static final String UNREADABLE_PARTS = "bijlagen niet leesbaar";
    private static final Pattern TAGS = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>|<[^>]+>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    @Override
    public String name() {
        return "pst";
    }

    @Override
    public int priority() {
        return 60;
    }

    @Override
    public boolean accepts(SourceInput input) {
        return isPst(input);
    }

    /** Whether the item is an Outlook mailbox: its magic, and its media type or name. */
    public static boolean isPst(SourceInput input) {
        byte[] h = input.head();
        boolean magic = h.length >= 4 && h[0] == '!' && h[1] == 'B' && h[2] == 'D' && h[3] == 'N'; // "!BDN"
        return magic && (input.mediaType().equals(PST) || input.lowerName().endsWith(".pst")
                || input.lowerName().endsWith(".ost"));
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws IOException {
        return read(input, context, null);
    }

    /** A hostile .pst must cost a worker, not the ingest: its attachments are split off where it is read. */
    @Override
    public boolean splitsParts(SourceInput input) {
        return isPst(input);
    }

    /**
     * Reads the mailbox as {@link #read} does and, in the same walk, hands each attachment to {@code parts} as
     * {@code bericht-N/name}; an attachment that cannot be read is listed under {@link #UNREADABLE_PARTS}.
     */
    @Override
    public SourceResult readWithParts(SourceInput input, SourceContext context, PartSink parts) throws IOException {
        try {
            return read(input, context, parts);
        } catch (PstAttachments.SinkFailed e) {
            return new SourceResult.Failed("bijlagen niet weggeschreven"); // the caller notices its own failure
        }
    }

    /**
     * The attachments listed under {@link #UNREADABLE_PARTS} of a read with parts: each its part name
     * ({@code bericht-N/name}) and the reason.
     */
    public static List<PstAttachments.Unreadable> unreadableParts(SourceResult.Read read) {
        String listed = read.metadata().get(UNREADABLE_PARTS);
        List<PstAttachments.Unreadable> out = new ArrayList<>();
        if (listed != null) {
            for (String line : listed.split("\n")) {
                String[] cell = line.split("\t", 3);
                if (cell.length == 3) {
                    out.add(new PstAttachments.Unreadable(Integer.parseInt(cell[0]), cell[1], cell[2]));
                }
            }
        }
        return out;
    }

    /** The value of {@link #UNREADABLE_PARTS} for these attachments. */
    static String listed(List<PstAttachments.Unreadable> unreadable) {
        StringBuilder listed = new StringBuilder();
        for (PstAttachments.Unreadable u : unreadable) {
            listed.append(listed.length() > 0 ? "\n" : "").append(u.message()).append('\t')
                    .append(u.name().replace('\n', ' ').replace('\t', ' ')).append('\t')
                    .append(u.reason().replace('\n', ' ').replace('\t', ' '));
        }
        return listed.toString();
    }

    private SourceResult read(SourceInput input, SourceContext context, PartSink parts) throws IOException {
        PSTFile pst;
        try {
            pst = new PSTFile(input.file().toFile());
        } catch (PSTException e) {
            return new SourceResult.Failed("geen leesbaar Outlook-postvak (.pst): " + e.getMessage());
        }
        Messages messages = new Messages(input.evidence().id(), context, parts);
        PstWalk.Walked walked;
        try {
            walked = PstWalk.walk(pst, messages::message);
        } finally {
            pst.getFileHandle().close();
        }
        int lost = walked.lost() + messages.lost;
        if (messages.passages.isEmpty()) {
            return lost > 0 ? new SourceResult.Failed("Outlook-postvak: geen bericht leesbaar (" + lost + " onleesbaar)")
                    : new SourceResult.Skipped("Outlook-postvak zonder berichten");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("berichten", String.valueOf(messages.passages.size()));
        metadata.put("bijlagen", String.valueOf(messages.attachments));
        if (lost > 0) {
            metadata.put("berichten niet gelezen", String.valueOf(lost));
        }
        if (!messages.unreadable.isEmpty()) {
            metadata.put(UNREADABLE_PARTS, listed(messages.unreadable));
        }
        return new SourceResult.Read(SourceKind.EMAIL, messages.passages, metadata);
    }

    /** One read's messages, each a passage numbered as the walk numbers it (so its attachments find it). */
    private static final class Messages {
        final String evidenceId;
        final SourceContext context;
        final PartSink parts;
        final List<Passage> passages = new ArrayList<>();
        final List<PstAttachments.Unreadable> unreadable = new ArrayList<>();
        int attachments;
        int lost;

        Messages(String evidenceId, SourceContext context, PartSink parts) {
            this.evidenceId = evidenceId;
            this.context = context;
            this.parts = parts;
        }

        void message(int n, String folder, PSTMessage m) throws PstAttachments.SinkFailed {
            passage(n, folder, m);
            if (parts != null) {
                PstAttachments.message(n, m, (message, name, bytes) -> parts.part("bericht-" + message + "/" + name,
                        bytes), unreadable);
            }
        }

        private void passage(int n, String folder, PSTMessage m) {
            try {
                StringBuilder text = new StringBuilder();
                if (!folder.isEmpty()) {
                    text.append("Map: ").append(folder).append('\n');
                }
                String subject = m.getSubject();
                if (subject != null && !subject.isBlank()) {
                    text.append("Onderwerp: ").append(subject.strip()).append('\n');
                }
                if (m.getDisplayTo() != null && !m.getDisplayTo().isBlank()) {
                    text.append("Aan: ").append(m.getDisplayTo().strip()).append('\n');
                }
                String body = body(m);
                if (!body.isEmpty()) {
                    text.append('\n').append(body);
                }
                for (int i = 0; i < m.getNumberOfAttachments(); i++) {
                    text.append(text.length() > 0 ? "\n" : "").append("<bijlage: ")
                            .append(PstAttachments.nameOf(m.getAttachment(i), i + 1)).append('>');
                    attachments++;
                }
                String t = text.toString().strip();
                if (t.isEmpty()) {
                    return;
                }
                passages.add(new Passage(evidenceId, Locator.message(n, 0), time(m), sender(m), null, null, false, t));
            } catch (PSTException | IOException | RuntimeException e) {
                lost++;
            }
        }

        private EventTime time(PSTMessage m) {
            Date d = m.getMessageDeliveryTime() != null ? m.getMessageDeliveryTime() : m.getClientSubmitTime();
            return d == null ? null : EventTime.at(d.toInstant().atZone(context.zone()), TimePrecision.SECOND);
        }
    }

    private static String sender(PSTMessage m) {
        String address = m.getSenderEmailAddress();
        if (address != null && address.contains("@")) {
            return address.strip();
        }
        String name = m.getSenderName();
        return name != null && !name.isBlank() ? name.strip() : address == null || address.isBlank() ? null : address;
    }

    /** The plain body; without one, the HTML body's text (tags dropped, the common entities read). */
    private static String body(PSTMessage m) {
        String plain = m.getBody();
        if (plain != null && !plain.isBlank()) {
            return plain.replace("\r\n", "\n").strip();
        }
        String html = m.getBodyHTML();
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = TAGS.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")).replaceAll("")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replace("\r\n", "\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
