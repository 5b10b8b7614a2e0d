package nl.patroon.indexer.source.sms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/**
 * "SMS Backup &amp; Restore" XML ({@code <smses>} with {@code <sms>} and {@code <mms>} elements): one passage
 * per message. Times are epoch milliseconds, so exact instants; they are shown in the context's zone.
 * Sent messages have no author name in the file: they are attributed to {@link #OWNER}, the phone's owner.
 *
 * <p>The XML is read with StAX without DTD support or external entities: a file carrying a DTD fails
 * instead of expanding entities (billion laughs) or fetching anything (XXE).
 */
public final class SmsBackupSource implements Source {
    /** Author of sent messages: the backup is made on the owner's phone, which the file does not name. */
    public static final String OWNER = "eigenaar toestel";
    private static final String MMS_FROM = "137";

    @Override
    public String name() {
        return "sms-backup";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean accepts(SourceInput input) {
        String head = input.headText();
        return (input.lowerName().endsWith(".xml") || input.mediaType().contains("xml"))
                && (head.contains("<smses") || head.contains("<allsms"));
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws IOException {
        List<Passage> passages = new ArrayList<>();
        int sms = 0;
        int mms = 0;
        Map<String, String> contacts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(input.file())) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.DTD) {
                        return new SourceResult.Failed("sms-backup bevat een DTD; om veiligheidsredenen niet gelezen");
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (x.getLocalName().equals("sms")) {
                        sms++;
                        passages.add(smsPassage(x, input.evidence().id(), passages.size() + 1, context, contacts));
                    } else if (x.getLocalName().equals("mms")) {
                        mms++;
                        passages.add(mmsPassage(x, input.evidence().id(), passages.size() + 1, context, contacts));
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            return new SourceResult.Failed("sms-backup is geen geldige of veilige XML: " + firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new SourceResult.Failed("sms-backup met ongeldige waarde: " + e.getMessage());
        }
        if (passages.isEmpty()) {
            return new SourceResult.Skipped("sms-backup zonder berichten");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("app", "SMS Backup & Restore");
        metadata.put("sms", Integer.toString(sms));
        metadata.put("mms", Integer.toString(mms));
        metadata.put("tijdzone", context.zone().getId() + " (tijden in de export zijn exact, in UTC-milliseconden)");
        metadata.put("afzender verzonden berichten", OWNER);
        if (!contacts.isEmpty()) {
            StringBuilder names = new StringBuilder();
            contacts.forEach((number, name) -> names.append(names.length() > 0 ? "; " : "").append(number)
                    .append(" = ").append(name));
            metadata.put("contactnamen", names.toString());
        }
        return new SourceResult.Read(SourceKind.SMS, passages, metadata);
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    private static Passage smsPassage(XMLStreamReader x, String evidenceId, int index, SourceContext context,
                                      Map<String, String> contacts) {
        boolean sent = sent(attr(x, "type"));
        String body = attr(x, "body");
        String author = sent ? OWNER : correspondent(attr(x, "contact_name"), attr(x, "address"), contacts);
        return new Passage(evidenceId, Locator.message(index, x.getLocation().getLineNumber()),
                time(attr(x, "date"), context), author, null, null, false, body == null ? "" : body);
    }

    private static Passage mmsPassage(XMLStreamReader x, String evidenceId, int index, SourceContext context,
                                      Map<String, String> contacts) throws XMLStreamException {
        int line = x.getLocation().getLineNumber();
        EventTime time = time(attr(x, "date"), context);
        String box = attr(x, "msg_box");
        boolean sent = "2".equals(box) || "4".equals(box);
        String contact = attr(x, "contact_name");
        String address = attr(x, "address");
        String from = null;
        StringBuilder text = new StringBuilder();
        List<String> attachments = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (x.getLocalName().equals("part")) {
                    String ct = attr(x, "ct");
                    if ("text/plain".equals(ct) && attr(x, "text") != null) {
                        text.append(text.length() > 0 ? "\n" : "").append(attr(x, "text"));
                    } else if (ct != null && !"application/smil".equals(ct)) {
                        String fn = attr(x, "cl") != null ? attr(x, "cl") : attr(x, "name");
                        attachments.add(fn == null ? ct : fn + " (" + ct + ")");
                    }
                } else if (x.getLocalName().equals("addr") && MMS_FROM.equals(attr(x, "type"))) {
                    from = attr(x, "address");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String author = sent ? OWNER : correspondent(contact, from != null ? from : address, contacts);
        boolean mediaOnly = text.length() == 0 && !attachments.isEmpty();
        for (String a : attachments) {
            text.append(text.length() > 0 ? "\n" : "").append("<bijlage: ").append(a).append('>');
        }
        // A message that is only an attachment carries no words of the author: kept, marked like a media line.
        return new Passage(evidenceId, Locator.message(index, line), time, author, null, null, mediaOnly,
                text.toString());
    }

    /** SMS types: 1 received, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued. Only received ones come from others. */
    private static boolean sent(String type) {
        return type != null && !type.equals("1");
    }

    /**
     * The number identifies a correspondent (the ingest resolves numbers to parties); the contact name is the
     * owner's own label for it, kept in the metadata and used only when there is no number.
     */
    private static String correspondent(String contact, String address, Map<String, String> contacts) {
        boolean named = contact != null && !contact.isBlank() && !contact.equals("(Unknown)");
        if (address != null && !address.isBlank()) {
            if (named) {
                contacts.putIfAbsent(address, contact);
            }
            return address;
        }
        return named ? contact : null;
    }

    private static EventTime time(String epochMillis, SourceContext context) {
        if (epochMillis == null || epochMillis.isBlank()) {
            return null;
        }
        long ms = Long.parseLong(epochMillis.strip());
        return EventTime.at(Instant.ofEpochMilli(ms).atZone(context.zone()), TimePrecision.SECOND);
    }

    private static String attr(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(null, name);
        return v == null || v.equals("null") ? null : v;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
