package nl.patroon.indexer.source.mail;

import com.pff.PSTAttachment;
import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTMessage;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attachments of every message in an Outlook mailbox (.pst, .ost), each with the number of its message, streamed
 * from the file by java-libpst as {@code extract.MailboxAttachments} streams an mbox's: message n is message n of
 * {@link PstSource} (both walk with {@link PstWalk}). An attachment that cannot be read fails alone, with its reason;
 * the other attachments, and the messages' text, are read regardless.
 */
public final class PstAttachments {

    /** Receives one attachment of message {@code message} (1-based, in walk order). */
    public interface Sink {
        void attachment(int message, String name, InputStream bytes) throws IOException;
    }

    /** An attachment (or, with name {@link #ALL}, a message's attachments) that could not be taken out, and why. */
    public record Unreadable(int message, String name, String reason) {
    }

    /** Stands for all attachments of a message whose attachment table could not be read. */
    public static final String ALL = "(bijlagen)";

    /** One attachment as the walk sees it: its name and a way to its bytes. Seam for tests; libpst's in use. */
    interface Part {
        String name();

        /** The attachment's bytes; throws when its data cannot be reached. */
        InputStream open() throws Exception;
    }

    private PstAttachments() {
    }

    /**
     * Hands over the attachments of each message in walk order.
     *
     * @return what could not be taken out, in walk order; a mailbox libpst cannot open at all gives nothing here (its
     *     own read reports it)
     * @throws IOException when the sink fails
     */
    public static List<Unreadable> each(Path pst, Sink sink) throws IOException {
        PSTFile file;
        try {
            file = new PSTFile(pst.toFile());
        } catch (PSTException | IOException | RuntimeException e) {
            return List.of();
        }
        List<Unreadable> unreadable = new ArrayList<>();
        try {
            PstWalk.walk(file, (n, folder, m) -> message(n, m, sink, unreadable));
        } catch (SinkFailed e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (IOException) e.getCause();
        } catch (IOException | RuntimeException e) {
            // the file gave way under the walk: what was handed over stands, the messages' text reports the rest
        } finally {
            file.getFileHandle().close();
        }
        return unreadable;
    }

    /** One message's attachments; what libpst cannot give is recorded, never thrown. */
    static void message(int n, PSTMessage m, Sink sink, List<Unreadable> unreadable) throws SinkFailed {
        List<Part> parts = new ArrayList<>();
        Set<String> used = new HashSet<>(); // two attachments of one message may have one name: "2-foto.jpg"
        try {
            for (int i = 0; i < m.getNumberOfAttachments(); i++) {
                PSTAttachment a = m.getAttachment(i);
                String name = nameOf(a, i + 1);
                String unique = name;
                for (int k = 2; !used.add(unique); k++) {
                    unique = k + "-" + name;
                }
                parts.add(part(a, unique));
            }
        } catch (PSTException | IOException | RuntimeException e) {
            unreadable.add(new Unreadable(n, ALL, "bijlagen van bericht " + n + " niet leesbaar: " + reason(e)));
        }
        unreadable.addAll(handOver(n, parts, sink));
    }

    /**
     * Hands the parts of message {@code n} to the sink one by one. A part whose bytes cannot be reached, or break off
     * while the sink reads them, is returned as unreadable; a failure of the sink itself is thrown.
     */
    static List<Unreadable> handOver(int n, List<Part> parts, Sink sink) throws SinkFailed {
        List<Unreadable> out = new ArrayList<>();
        for (Part p : parts) {
            InputStream in;
            try {
                in = p.open();
                if (in == null) {
                    throw new IOException("geen gegevens");
                }
            } catch (Exception e) {
                out.add(new Unreadable(n, p.name(), "bijlage niet leesbaar: " + reason(e)));
                continue;
            }
            Guarded guarded = new Guarded(in);
            try (guarded) {
                sink.attachment(n, p.name(), guarded);
            } catch (IOException | RuntimeException e) {
                if (guarded.broke == null) {
                    throw new SinkFailed(e);
                }
                out.add(new Unreadable(n, p.name(), "bijlage niet leesbaar: " + reason(guarded.broke)));
            }
        }
        return out;
    }

    /** The attachment's file name as Outlook shows it; {@code bijlage-i} when it has none. Never a path. */
    static String nameOf(PSTAttachment a, int i) {
        String name = firstNonBlank(a.getLongFilename(), a.getFilename(), a.getDisplayName());
        if (name == null && a.getAttachMethod() == PSTAttachment.ATTACHMENT_METHOD_EMBEDDED) {
            name = "bericht-" + i + ".msg";
        }
        return safe(name == null ? "bijlage-" + i : name);
    }

    static String safe(String name) {
        String s = name.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "bijlage" : s;
    }

    private static Part part(PSTAttachment a, String name) {
        return new Part() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws Exception {
                if (a.getAttachMethod() == PSTAttachment.ATTACHMENT_METHOD_EMBEDDED) {
                    // an attached Outlook item lives in the PST's own structures, not as bytes of an .msg file
                    throw new IOException("ingesloten Outlook-bericht, niet als los bestand op te slaan");
                }
                if (a.getAttachMethod() != PSTAttachment.ATTACHMENT_METHOD_BY_VALUE
                        && a.getAttachMethod() != PSTAttachment.ATTACHMENT_METHOD_OLE) {
                    throw new IOException("bijlage is een verwijzing naar een bestand buiten het postvak");
                }
                return a.getFileInputStream();
            }
        };
    }

    private static String firstNonBlank(String... names) {
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                return n;
            }
        }
        return null;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }

    /** The sink's own failure (an {@link IOException} or unchecked), carried out of the walk unchanged. */
    static final class SinkFailed extends IOException {
        SinkFailed(Exception cause) {
            super(cause);
        }
    }

    /** Notes a failure of the attachment's own bytes, so it is told apart from a failure of the sink. */
    private static final class Guarded extends FilterInputStream {
        Exception broke;

        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException | RuntimeException e) {
                throw broke(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw broke(e);
            }
        }

        private IOException broke(Exception e) {
            broke = e;
            return new IOException("bijlage brak af: " + reason(e), e);
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                // closing a read attachment cannot lose anything
            }
        }
    }
}
