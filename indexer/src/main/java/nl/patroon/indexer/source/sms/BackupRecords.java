package nl.patroon.indexer.source.sms;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an "SMS Backup &amp; Restore" file into its messages ({@code <sms .../>} and {@code <mms>…</mms>}) by
 * XML's lexical rules alone, so that each message is parsed on its own and one broken message costs only itself.
 * A strict parser over the whole file stops at the first error, and every message after it was lost.
 *
 * <p>Markup outside messages (the declaration, comments, the root element) is skipped; a DTD is refused, as it
 * could declare entities. A {@code <} inside an attribute value or an unclosed tag is never XML, so a message
 * is cut there as broken and reading resumes at that {@code <}: a missing quote or a raw {@code <} in one
 * message does not swallow the next. The values of {@code data} attributes (base64 MMS media, megabytes each)
 * are not kept, only their length, so memory stays bounded by {@link #MAX_RECORD}.
 */
final class BackupRecords {
    /** Largest message kept, media excluded: far above any text message; a longer one is reported, not read. */
    static final int MAX_RECORD = 4 << 20;

    /**
     * One message as written.
     *
     * @param name   {@code sms} or {@code mms}
     * @param xml    the element, with {@code data} values emptied; null when {@link #broken} says why it is not read
     * @param line   the line it starts on (1-based)
     * @param media  characters of base64 media left out, per part in order
     * @param broken why the message cannot be read, or null
     */
    record Record(String name, String xml, int line, List<Long> media, String broken) {
    }

    /** A DTD in the file: refused as a whole (entity expansion, external entities). */
    static final class DtdRefused extends IOException {
        DtdRefused() {
            super("DTD");
        }
    }

    private final PushbackReader in;
    private int line = 1;

    BackupRecords(Reader in) {
        this.in = new PushbackReader(in, 16);
    }

    /** The next message, or null at the end of the file. */
    Record next() throws IOException {
        int c;
        while ((c = read()) >= 0) {
            if (c != '<') {
                continue;
            }
            int start = line;
            int kind = peek();
            if (kind == '!') {
                read();
            }
            if (kind == '?') {
                skipPast("?>");
            } else if (kind == '!') {
                skipDeclaration();
            } else if (kind == '/') {
                skipTag();
            } else {
                String name = name();
                if (name.equals("sms") || name.equals("mms")) {
                    return capture(name, start);
                }
                skipTag();
            }
        }
        return null;
    }

    private Record capture(String name, int start) throws IOException {
        StringBuilder xml = new StringBuilder(256).append('<').append(name);
        List<Long> media = new ArrayList<>();
        String broken = tagRest(xml, media);
        int depth = broken == null && !selfClosed(xml) ? 1 : 0;
        while (broken == null && depth > 0) {
            int c = read();
            if (c < 0) {
                broken = "bestand houdt midden in het bericht op";
            } else if (c != '<') {
                append(xml, (char) c);
            } else if (peek() == '!' || peek() == '?') {
                skipPast(peek() == '!' ? "-->" : "?>"); // comments inside a message carry nothing
            } else if (peek() == '/') {
                read();
                xml.append("</").append(name());
                broken = tagRest(xml, media);
                depth--;
            } else {
                String child = name();
                if (child.equals("sms") || child.equals("mms")) {
                    unread(child);
                    unread('<');
                    broken = "bericht zonder einde (</" + name + "> ontbreekt)";
                } else {
                    xml.append('<').append(child);
                    broken = tagRest(xml, media);
                    depth += broken == null && !selfClosed(xml) ? 1 : 0;
                }
            }
        }
        if (broken == null && xml.length() > MAX_RECORD) {
            broken = "bericht groter dan " + (MAX_RECORD >> 20) + " MB zonder media";
        }
        return new Record(name, broken == null ? xml.toString() : null, start, List.copyOf(media), broken);
    }

    private static boolean selfClosed(StringBuilder xml) {
        return xml.length() >= 2 && xml.charAt(xml.length() - 2) == '/';
    }

    /**
     * Copies the rest of a tag after its name, through its {@code >}, leaving out {@code data} values. Returns
     * why the tag is broken (a {@code <} inside it, the end of the file), or null.
     */
    private String tagRest(StringBuilder xml, List<Long> media) throws IOException {
        StringBuilder attribute = new StringBuilder();
        boolean afterSpace = false;
        String lastName = "";
        while (true) {
            int c = read();
            if (c < 0) {
                return "bestand houdt midden in het bericht op";
            }
            if (c == '<') {
                unread(c);
                return "tag zonder einde (een '<' binnen de tag)";
            }
            append(xml, (char) c);
            if (c == '>') {
                return null;
            }
            if (c == '=') {
                lastName = attribute.toString();
                attribute.setLength(0);
                afterSpace = false;
            } else if (c == '"' || c == '\'') {
                boolean isMedia = lastName.equals("data");
                long length = 0;
                int q;
                while ((q = read()) != c) {
                    if (q < 0) {
                        return "bestand houdt midden in een waarde op";
                    }
                    if (q == '<') {
                        unread(q);
                        return "waarde zonder einde (aanhalingsteken ontbreekt of '<' in de tekst)";
                    }
                    if (isMedia) {
                        length++;
                    } else {
                        append(xml, (char) q);
                    }
                }
                if (isMedia) {
                    media.add(length);
                }
                xml.append((char) c);
                attribute.setLength(0);
                afterSpace = false;
            } else if (Character.isWhitespace(c)) {
                afterSpace = true; // "data = '…'" still names data
            } else {
                if (afterSpace) {
                    attribute.setLength(0);
                    afterSpace = false;
                }
                attribute.append((char) c);
            }
        }
    }

    private static void append(StringBuilder xml, char c) {
        if (xml.length() <= MAX_RECORD) {
            xml.append(c); // past the limit the message is dropped anyway; keep reading to its end
        }
    }

    private String name() throws IOException {
        StringBuilder n = new StringBuilder();
        int c;
        while ((c = read()) >= 0 && !Character.isWhitespace(c) && c != '/' && c != '>' && c != '<' && n.length() < 64) {
            n.append((char) c);
        }
        if (c >= 0) {
            unread(c);
        }
        return n.toString();
    }

    private void unread(String s) throws IOException {
        for (int i = s.length() - 1; i >= 0; i--) {
            unread(s.charAt(i));
        }
    }

    private void unread(int c) throws IOException {
        in.unread(c);
        if (c == '\n') {
            line--;
        }
    }

    private void skipDeclaration() throws IOException {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            int c = read();
            if (c < 0) {
                return;
            }
            head.append((char) c);
            if (head.toString().equals("--")) {
                skipPast("-->");
                return;
            }
            if (head.toString().equals("[CDATA[")) {
                skipPast("]]>");
                return;
            }
        }
        if (head.toString().startsWith("DOCTYPE")) {
            throw new DtdRefused();
        }
        skipTag();
    }

    /** Skips markup that is not a message, to its {@code >}; stops before a {@code <}, which cannot be inside. */
    private void skipTag() throws IOException {
        int quote = 0;
        int c;
        while ((c = read()) >= 0) {
            if (c == '<') {
                unread(c); // broken markup: whatever follows is read afresh, so no message is skipped unseen
                return;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return;
            }
        }
    }

    private void skipPast(String end) throws IOException {
        int matched = 0;
        int c;
        while ((c = read()) >= 0) {
            matched = c == end.charAt(matched) ? matched + 1 : c == end.charAt(0) ? 1 : 0;
            if (matched == end.length()) {
                return;
            }
        }
    }

    private int peek() throws IOException {
        int c = in.read();
        if (c >= 0) {
            in.unread(c);
        }
        return c;
    }

    private int read() throws IOException {
        int c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }
}
