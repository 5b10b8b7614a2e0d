package nl.patroon.indexer.source.mail;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.extract.ExtractionException;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.PartSink;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.BodyContentHandler;

/**
 * A single e-mail ({@code .eml}, RFC 822, or Outlook {@code .msg}): one passage holding subject and body, dated by its Date header,
 * authored by its From header. Attachments become child evidence (not inlined).
 */
public final class EmailSource implements Source {
    private static final int MAX_BODY = 10_000_000;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public boolean accepts(SourceInput input) {
        // A single message saved with an mbox "From " line is detected as a mailbox; by name it is one e-mail.
        return input.mediaType().equals("message/rfc822")
                || input.mediaType().equals(TikaExtraction.OUTLOOK)
                || input.mediaType().equals("application/mbox") && input.lowerName().endsWith(".eml");
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) {
        BodyContentHandler body = new BodyContentHandler(MAX_BODY);
        Metadata m;
        try {
            m = TikaExtraction.get().parse(input.file(), input.evidence().originalName(), body, false,
                    input.mediaType().equals(TikaExtraction.OUTLOOK) ? null : "message/rfc822");
        } catch (ExtractionException e) {
            return unreadable(e);
        }
        return result(input, context, m, body);
    }

    /**
     * Reads an Outlook message as {@link #read} does, and hands each of its named attachments to {@code attachments}
     * from the same parse: POI reads the whole message either way, so reading its text and splitting off its
     * attachments one after the other read it twice.
     *
     * @throws ExtractionException when the message cannot be read ({@link #unreadable} gives what {@link #read} says)
     */
    public SourceResult readOutlook(SourceInput input, SourceContext context,
                                    TikaExtraction.AttachmentSink attachments) throws ExtractionException {
        BodyContentHandler body = new BodyContentHandler(MAX_BODY);
        Metadata m = TikaExtraction.get().parseOutlook(input.file(), input.evidence().originalName(), body,
                attachments);
        return result(input, context, m, body);
    }

    @Override
    public boolean splitsParts(SourceInput input) {
        return input.mediaType().equals(TikaExtraction.OUTLOOK);
    }

    @Override
    public SourceResult readWithParts(SourceInput input, SourceContext context, PartSink parts) {
        try {
            return readOutlook(input, context, parts::part);
        } catch (ExtractionException e) {
            return unreadable(e); // as its plain read would say; no attachment is taken out of it
        }
    }

    /** What {@link #read} makes of an e-mail that cannot be read. */
    public static SourceResult unreadable(ExtractionException e) {
        return e.kind() == ExtractionException.Kind.EMPTY
                ? new SourceResult.Skipped(e.getMessage()) : new SourceResult.Failed(e.getMessage());
    }

    private static SourceResult result(SourceInput input, SourceContext context, Metadata m, BodyContentHandler body) {
        String subject = m.get(TikaCoreProperties.TITLE);
        String text = ((subject == null ? "" : "Onderwerp: " + subject + "\n\n") + body.toString().strip()).strip();
        if (text.isEmpty()) {
            return new SourceResult.Skipped("e-mail zonder onderwerp en tekst");
        }
        EventTime time = null;
        if (m.getDate(TikaCoreProperties.CREATED) != null) {
            ZonedDateTime sent = m.getDate(TikaCoreProperties.CREATED).toInstant().atZone(context.zone());
            time = EventTime.at(sent, TimePrecision.SECOND);
        }
        String from = m.get(Message.MESSAGE_FROM_EMAIL) != null ? m.get(Message.MESSAGE_FROM_EMAIL)
                : m.get(Message.MESSAGE_FROM);
        Passage passage = new Passage(input.evidence().id(), Locator.message(1, 1), time, from, null, "nl", false,
                text);
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "from", m.get(Message.MESSAGE_FROM));
        put(meta, "to", String.join(", ", m.getValues(Message.MESSAGE_TO)));
        put(meta, "cc", String.join(", ", m.getValues(Message.MESSAGE_CC)));
        put(meta, "subject", subject);
        return new SourceResult.Read(SourceKind.EMAIL, List.of(passage), meta);
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value);
        }
    }
}
