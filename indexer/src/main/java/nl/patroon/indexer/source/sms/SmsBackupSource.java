package nl.patroon.indexer.source.sms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>The app's quirks are read as it means them: emoji written as two surrogate references
 * ({@link SurrogateReferenceReader}), line breaks as {@code &#10;}, MMS media as base64 (noted, not kept),
 * {@code readable_date} in the phone's language ({@link ReadableDate}, only when {@code date} is unusable),
 * {@code contact_name="(Unknown)"} for numbers not in the address book. Each message is parsed on its own
 * ({@link BackupRecords}): a broken one is lost alone and listed in the evidence metadata.
 *
 * <p>The XML is read with StAX without DTD support or external entities: a file carrying a DTD fails
 * instead of expanding entities (billion laughs) or fetching anything (XXE).
 */
public final class SmsBackupSource implements Source {
    /** Author of sent messages: the backup is made on the owner's phone, which the file does not name. */
    public static final String OWNER = "eigenaar toestel";
    private static final String MMS_FROM = "137";
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{1,18}");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

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
        Problems problems = new Problems();
        XMLInputFactory factory = factory();
        try (Reader in = new SurrogateReferenceReader(new BufferedReader(new InputStreamReader(
                Files.newInputStream(input.file()), charset(input.head()))))) {
            BackupRecords records = new BackupRecords(in);
            BackupRecords.Record r;
            while ((r = records.next()) != null) {
                if (r.broken() != null) {
                    problems.lost(r.line(), r.broken());
                    continue;
                }
                Message m = new Message(input.evidence().id(), passages.size() + 1, r.line(), context, contacts, problems);
                try {
                    XMLStreamReader x = factory.createXMLStreamReader(new StringReader(r.xml()));
                    try {
                        x.nextTag();
                        passages.add(r.name().equals("sms") ? smsPassage(x, m) : mmsPassage(x, m));
                    } finally {
                        x.close();
                    }
                } catch (XMLStreamException e) {
                    problems.lost(r.line(), "geen geldige XML: " + firstLine(e.getMessage()));
                    continue;
                }
                if (r.name().equals("sms")) {
                    sms++;
                } else {
                    mms++;
                }
            }
        } catch (BackupRecords.DtdRefused e) {
            return new SourceResult.Failed("sms-backup bevat een DTD; om veiligheidsredenen niet gelezen");
        }
        if (passages.isEmpty()) {
            return problems.lostCount() > 0
                    ? new SourceResult.Failed("sms-backup: geen bericht leesbaar; " + problems.summary())
                    : new SourceResult.Skipped("sms-backup zonder berichten");
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
        problems.addTo(metadata);
        return new SourceResult.Read(SourceKind.SMS, passages, metadata);
    }

    /** What one message needs to become a passage. */
    private record Message(String evidenceId, int index, int line, SourceContext context, Map<String, String> contacts,
                           Problems problems) {
    }

    /** The file's declared encoding (the app writes UTF-8), from a byte-order mark or the XML declaration. */
    static Charset charset(byte[] head) {
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        Matcher m = ENCODING.matcher(new String(head, 0, Math.min(head.length, 200), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8; // an unknown name: the app's own encoding
            }
        }
        return StandardCharsets.UTF_8;
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    private static Passage smsPassage(XMLStreamReader x, Message m) {
        boolean sent = sent(attr(x, "type"));
        String body = attr(x, "body");
        String author = sent ? OWNER : correspondent(attr(x, "contact_name"), attr(x, "address"), m.contacts());
        return new Passage(m.evidenceId(), Locator.message(m.index(), m.line()), time(x, m), author, null, null, false,
                body == null ? "" : body);
    }

    private static Passage mmsPassage(XMLStreamReader x, Message m) throws XMLStreamException {
        EventTime time = time(x, m);
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
                    if (ct != null && ct.startsWith("text/plain") && attr(x, "text") != null) {
                        text.append(text.length() > 0 ? "\n" : "").append(attr(x, "text"));
                    } else if (ct != null && !"application/smil".equals(ct)) {
                        // base64 media: noted by name and type; the data itself is not kept in the passage
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
        String author = sent ? OWNER : correspondent(contact, from != null ? from : address, m.contacts());
        boolean mediaOnly = text.length() == 0 && !attachments.isEmpty();
        for (String a : attachments) {
            text.append(text.length() > 0 ? "\n" : "").append("<bijlage: ").append(a).append('>');
        }
        // A message that is only an attachment carries no words of the author: kept, marked like a media line.
        return new Passage(m.evidenceId(), Locator.message(m.index(), m.line()), time, author, null, null, mediaOnly,
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

    /**
     * The exact instant in {@code date} (epoch milliseconds); without a readable one, the phone's own wording in
     * {@code readable_date} when its form is unmistakable (to the second, in the case zone); else undated, noted.
     */
    private static EventTime time(XMLStreamReader x, Message m) {
        String epochMillis = attr(x, "date");
        if (epochMillis != null && EPOCH_MILLIS.matcher(epochMillis.strip()).matches()) {
            long ms = Long.parseLong(epochMillis.strip());
            return EventTime.at(Instant.ofEpochMilli(ms).atZone(m.context().zone()), TimePrecision.SECOND);
        }
        String readable = attr(x, "readable_date");
        Optional<EventTime> fromText = ReadableDate.parse(readable, m.context().zone());
        m.problems().timeFromText(m.index(), epochMillis, readable, fromText.isPresent());
        return fromText.orElse(null);
    }

    private static String attr(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(null, name);
        return v == null || v.equals("null") ? null : v;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
