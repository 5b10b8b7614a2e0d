package nl.patroon.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The attachments of a MIME e-mail, decoded straight from the file into a sink, one part at a time: the parts that
 * Tika's RFC 822 parser hands to its embedded-document extractor with a file name, chosen by the same rules
 * ({@code MailContentHandler}, Tika 3.3.1: multipart/alternative keeps its best part only; a text part at the top
 * level is the message's body unless it is marked as an attachment).
 *
 * <p>Why not Tika's parser itself, as before: it copies every top-level part into memory before it decides whether
 * that part is the body, and it parses the text and HTML bodies it finds, all to be thrown away here. In the ingest
 * process, which runs this on its walk, one e-mail with a 340 MB video ran out of heap and ended the whole batch, on
 * every re-run. Here nothing is held but the part tree (no bytes) and no body is parsed; two passes over the file
 * (the first reads only the structure, undecoded) stand in for Tika's buffering, because which part of an
 * alternative wins is known only at its end.
 */
final class MailAttachments {
    /** Tika's own mime4j settings for e-mails ({@code RFC822Parser}), so both see the same structure. */
    private static final MimeConfig CONFIG = new MimeConfig.Builder()
            .setMaxLineLen(100_000).setMaxHeaderLen(100_000).build();
    /** Multiparts nested deeper than this end the walk: no real e-mail comes near it, a crafted one may. */
    static final int MAX_NESTING = 100;

    private MailAttachments() {
    }

    /** Receives one attachment: its file name (never blank) and its decoded bytes (owned by the e-mail). */
    interface Sink {
        void attachment(String name, InputStream bytes) throws IOException;
    }

    /**
     * Hands over the e-mail's attachments in file order.
     *
     * @throws MimeException when the e-mail cannot be read: its structure is broken or beyond mime4j's limits, or
     *                       the file fails to read (what Tika reports as a parse failure)
     * @throws IOException   only when the sink fails: its own exception
     */
    static void each(Path file, Sink sink) throws MimeException, IOException {
        each(() -> Files.newInputStream(file), sink);
    }

    /** Opens the e-mail's bytes afresh for each pass (a file, or one message's range of a mailbox). */
    interface Opener {
        InputStream open() throws IOException;
    }

    /** As {@link #each(Path, Sink)}, over bytes that {@code file} opens (twice: structure, then attachments). */
    static void each(Opener file, Sink sink) throws MimeException, IOException {
        Map<Integer, String> chosen = choose(file);
        if (chosen.isEmpty()) {
            return;
        }
        MimeStreamParser parser = parser(true);
        parser.setContentHandler(new AbstractContentHandler() {
            private int body;

            @Override
            public void body(BodyDescriptor bd, InputStream is) {
                String name = chosen.get(body++);
                if (name != null) {
                    try {
                        sink.attachment(name, new ReadFailures(is));
                    } catch (IOException e) { // the sink's own, or the e-mail's (EmailUnreadable): told apart below
                        throw new SinkFailed(e);
                    }
                }
            }
        });
        try (InputStream in = file.open()) {
            parser.parse(in);
        } catch (SinkFailed e) {
            if (e.getCause() instanceof EmailUnreadable unreadable) {
                throw new MimeException(unreadable.getCause());
            }
            throw e.getCause();
        } catch (IOException e) {
            throw new MimeException(e);
        }
    }

    /** First pass: which bodies, numbered in file order, are attachments, and their names. */
    static Map<Integer, String> choose(Path file) throws MimeException {
        return choose(() -> Files.newInputStream(file));
    }

    static Map<Integer, String> choose(Opener file) throws MimeException {
        Structure structure = new Structure();
        readStructure(file, structure);
        return structure.chosen;
    }

    /** A part's decoded bytes, whose read failures are the e-mail's (a line too long, a broken file), marked so. */
    private static final class ReadFailures extends java.io.FilterInputStream {
        ReadFailures(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new EmailUnreadable(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new EmailUnreadable(e);
            }
        }

        @Override
        public void close() {
            // the e-mail owns the part's stream
        }
    }

    private static final class EmailUnreadable extends IOException {
        EmailUnreadable(IOException cause) {
            super(cause);
        }
    }

    /**
     * The top level of a multipart e-mail (not an alternative): its boundary, how many parts it has, and which of them
     * (numbered from 0) Tika's parser would copy into memory only to hand them over as attachments: bodies marked as
     * attachment or not text. Null for an e-mail that is not multipart at its top.
     */
    record TopLevel(String boundary, int parts, java.util.Set<Integer> skipped) {
    }

    static TopLevel topLevel(Path file) throws MimeException {
        final class Top extends AbstractContentHandler {
            String boundary;
            boolean alternative;
            int depth;
            int parts;
            final java.util.Set<Integer> skipped = new java.util.HashSet<>();

            @Override
            public void startMultipart(BodyDescriptor bd) {
                if (depth == 0) {
                    boundary = bd.getBoundary();
                    alternative = "multipart/alternative".equalsIgnoreCase(bd.getMimeType());
                } else if (depth == 1) {
                    parts++;
                }
                depth++;
            }

            @Override
            public void endMultipart() {
                depth--;
            }

            @Override
            public void body(BodyDescriptor bd, InputStream is) {
                if (depth != 1) {
                    return;
                }
                if (notTheBody((MaximalBodyDescriptor) bd)) {
                    skipped.add(parts);
                }
                parts++;
            }
        }
        Top top = new Top();
        readStructure(file, top);
        return top.boundary == null || top.alternative ? null : new TopLevel(top.boundary, top.parts, top.skipped);
    }

    /**
     * Whether Tika takes a top-level body for an attachment rather than the message's text ({@code MailContentHandler}'s
     * detectInlineTextOrHtml): marked as attachment, or not text.
     */
    private static boolean notTheBody(MaximalBodyDescriptor md) {
        String type = md.getMimeType();
        return "attachment".equalsIgnoreCase(md.getContentDispositionType()) || type == null || !type.startsWith("text");
    }

    /** One pass over the file's structure, bodies undecoded and unread. */
    private static void readStructure(Path file, AbstractContentHandler handler) throws MimeException {
        readStructure(() -> Files.newInputStream(file), handler);
    }

    private static void readStructure(Opener file, AbstractContentHandler handler) throws MimeException {
        MimeStreamParser parser = parser(false);
        parser.setContentHandler(handler);
        try (InputStream in = file.open()) {
            parser.parse(in);
        } catch (IOException e) {
            throw new MimeException(e);
        }
    }

    private static MimeStreamParser parser(boolean decode) {
        MimeStreamParser parser = new MimeStreamParser(CONFIG, null, new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(decode);
        parser.setNoRecurse(); // as Tika: an attached message is one part, not opened here
        return parser;
    }

    /** A part inside a multipart/alternative, kept until the alternative ends and its best part is known. */
    private static class Node {
        final String mimeType;
        final List<Node> children = new ArrayList<>();

        Node(String mimeType) {
            this.mimeType = mimeType;
        }
    }

    /** A body inside an alternative: its number and what Tika would know of it. */
    private static final class Leaf extends Node {
        final int body;
        final String name;

        Leaf(String mimeType, int body, String name) {
            super(mimeType);
            this.body = body;
            this.name = name;
        }
    }

    /** Replays {@code MailContentHandler}'s choices (extractAllAlternatives off, as Tika's default) without bytes. */
    private static final class Structure extends AbstractContentHandler {
        final Map<Integer, String> chosen = new HashMap<>();
        private int open; // multiparts open around the current part ("parts" in Tika)
        private final java.util.ArrayDeque<Node> alternatives = new java.util.ArrayDeque<>();
        private int body;

        @Override
        public void startMultipart(BodyDescriptor bd) throws MimeException {
            if (++open > MAX_NESTING) {
                throw new MimeException("meer dan " + MAX_NESTING + " geneste multiparts");
            }
            if (alternatives.isEmpty() && "multipart/alternative".equalsIgnoreCase(bd.getMimeType())) {
                alternatives.push(new Node(bd.getMimeType()));
            } else if (!alternatives.isEmpty()) {
                Node part = new Node(bd.getMimeType());
                alternatives.peek().children.add(part);
                alternatives.push(part);
            }
        }

        @Override
        public void endMultipart() {
            if (alternatives.size() == 1) {
                best(alternatives.pop());
            } else if (alternatives.size() > 1) {
                alternatives.pop();
            }
            if (open > 0) {
                open--;
            }
        }

        @Override
        public void body(BodyDescriptor bd, InputStream is) {
            int n = body++;
            MaximalBodyDescriptor md = (MaximalBodyDescriptor) bd;
            String name = nameOf(md);
            String type = bd.getMimeType();
            if (!alternatives.isEmpty()) {
                alternatives.peek().children.add(new Leaf(type, n, name));
            } else if (open < 2) {
                if (notTheBody(md)) {
                    embedded(n, name);
                } // else: the message's body text
            } else {
                embedded(n, name);
            }
        }

        private void embedded(int body, String name) {
            if (name != null) {
                chosen.put(body, name);
            }
        }

        /** Tika's handleBestParts: an alternative's highest-scoring part (the first of equals), others in full. */
        private void best(Node part) {
            if (part == null) {
                return;
            }
            if (part instanceof Leaf leaf) {
                // inline: text/html and text/plain are parsed as the body; anything else is handed over as embedded
                if (!"text/html".equalsIgnoreCase(leaf.mimeType) && !"text/plain".equalsIgnoreCase(leaf.mimeType)) {
                    embedded(leaf.body, leaf.name);
                }
                return;
            }
            if ("multipart/alternative".equalsIgnoreCase(part.mimeType)) {
                int bestScore = -1;
                Node bestPart = null;
                for (Node alternative : part.children) {
                    int score = score(alternative);
                    if (score > bestScore) {
                        bestPart = alternative;
                        bestScore = score;
                    }
                }
                best(bestPart);
            } else {
                for (Node child : part.children) {
                    best(child);
                }
            }
        }

        private static int score(Node part) {
            if (!(part instanceof Leaf)) {
                return 4;
            }
            String type = part.mimeType;
            if (type == null) {
                return 0;
            } else if (type.equalsIgnoreCase("text/plain")) {
                return 1;
            } else if (type.equalsIgnoreCase("application/rtf")) {
                return 2;
            } else if (type.equalsIgnoreCase("text/html")) {
                return 3;
            }
            return 4;
        }

        /**
         * The file name Tika gives a part: only a part with a Content-Disposition gets one, from that header's
         * {@code filename}, else from the Content-Type's {@code name}. Null when blank.
         */
        private static String nameOf(MaximalBodyDescriptor md) {
            String disposition = md.getContentDispositionType();
            if (disposition == null || disposition.isEmpty()) {
                return null;
            }
            String name = null;
            if (md.getContentTypeParameters() != null) {
                String byType = md.getContentTypeParameters().get("name");
                if (!isBlank(byType)) {
                    name = byType;
                }
            }
            String byDisposition = md.getContentDispositionFilename();
            if (!isBlank(byDisposition)) {
                name = byDisposition;
            }
            return name;
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** Carries the sink's own IOException through mime4j, which would otherwise take it for a read failure. */
    private static final class SinkFailed extends UncheckedIOException {
        SinkFailed(IOException cause) {
            super(cause);
        }
    }
}
