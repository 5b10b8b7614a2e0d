package nl.patroon.indexer.source.mail;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.extract.ExtractionException;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * A mailbox (mbox): one passage per message, in mailbox order, each dated by its Date and
 * authored by its sender, located as message n of the mailbox. Attachments are not read here: the ingest takes them
 * in as evidence of their own under their message ({@code postvak.mbox!/bericht-2/letsel.pdf}, see
 * {@link nl.patroon.indexer.extract.MailboxAttachments}).
 */
public final class MailboxSource implements Source {

    @Override
    public String name() {
        return "mailbox";
    }

    @Override
    public int priority() {
        return 60;
    }

    @Override
    public boolean accepts(SourceInput input) {
        // Outlook PST is not taken yet: Tika's PST parser does not hand its messages over one by one here; the
        // document source reads it as one text until this is solved.
        return input.mediaType().equals("application/mbox") && !input.lowerName().endsWith(".eml");
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) {
        List<Passage> passages = new ArrayList<>();
        int[] ordinal = {0};
        try {
            TikaExtraction.get().parseMailbox(input.file(), input.evidence().originalName(), (m, body) -> {
                // message n is the n-th of the mailbox, also when one before it has no text: its attachments are
                // evidence under the same number (extract.MailboxAttachments)
                int n = ++ordinal[0];
                String text = text(m, body);
                if (text.isEmpty()) {
                    return;
                }
                passages.add(new Passage(input.evidence().id(), Locator.message(n, 0), time(m, context), sender(m),
                        null, null, false, text));
            });
        } catch (ExtractionException e) {
            return e.kind() == ExtractionException.Kind.EMPTY
                    ? new SourceResult.Skipped(e.getMessage()) : new SourceResult.Failed(e.getMessage());
        }
        if (passages.isEmpty()) {
            return new SourceResult.Skipped("postbus zonder leesbare berichten");
        }
        return new SourceResult.Read(SourceKind.EMAIL, passages, Map.of("berichten", String.valueOf(passages.size())));
    }

    private static String text(Metadata m, String body) {
        String subject = m.get(TikaCoreProperties.TITLE) != null ? m.get(TikaCoreProperties.TITLE)
                : m.get(TikaCoreProperties.SUBJECT);
        return ((subject == null || subject.isBlank() ? "" : "Onderwerp: " + subject + "\n\n") + body.strip()).strip();
    }

    private static String sender(Metadata m) {
        return m.get(Message.MESSAGE_FROM_EMAIL) != null ? m.get(Message.MESSAGE_FROM_EMAIL)
                : m.get(Message.MESSAGE_FROM) != null ? m.get(Message.MESSAGE_FROM) : m.get(TikaCoreProperties.CREATOR);
    }

    private static EventTime time(Metadata m, SourceContext context) {
        java.util.Date d = m.getDate(TikaCoreProperties.CREATED);
        if (d == null) {
            return null;
        }
        ZonedDateTime t = d.toInstant().atZone(context.zone());
        return EventTime.at(t, TimePrecision.SECOND);
    }
}
