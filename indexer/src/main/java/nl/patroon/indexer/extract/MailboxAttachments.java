package nl.patroon.indexer.extract;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;

/**
 * The attachments of every message in a mailbox (mbox), each with the number of its message, streamed from the file
 * as {@link MailAttachments} streams one e-mail's: nothing is held in memory, no body is parsed. A message starts at
 * each line that begins with {@code From } (the mbox separator; a body line that begins so is written {@code >From }),
 * as Tika's mailbox parser splits it, so message n here is message n of {@code MailboxSource}.
 */
public final class MailboxAttachments {

    /** Receives one attachment of message {@code message} (1-based, in mailbox order). */
    public interface Sink {
        void attachment(int message, String name, InputStream bytes) throws IOException;
    }

    /** One message's bytes in the file, its separator line excluded. */
    record Range(long start, long end) {
    }

    private MailboxAttachments() {
    }

    /**
     * Hands over the attachments of each message in order. A message whose structure mime4j cannot read is passed
     * over (its text is still read by the mailbox's own source); the others are not affected.
     *
     * @return the numbers of the messages whose attachments could not be read
     * @throws IOException when the file cannot be read, or the sink fails
     */
    public static List<Integer> each(Path mbox, Sink sink) throws IOException {
        List<Integer> unreadable = new ArrayList<>();
        List<Range> messages = messages(mbox);
        for (int i = 0; i < messages.size(); i++) {
            Range r = messages.get(i);
            int message = i + 1;
            try {
                MailAttachments.each(() -> open(mbox, r), (name, in) -> sink.attachment(message, name, in));
            } catch (MimeException e) {
                unreadable.add(message);
            }
        }
        return unreadable;
    }

    /** Where each message lies: one pass over the file, line by line, for lines that begin with "From ". */
    static List<Range> messages(Path mbox) throws IOException {
        byte[] separator = {'F', 'r', 'o', 'm', ' '};
        List<Range> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(mbox), 1 << 16)) {
            long offset = 0;
            long lineStart = 0;
            long start = -1;
            int matched = 0; // of the separator, at the start of the current line; -1 once it cannot be one
            boolean inSeparator = false;
            int b;
            while ((b = in.read()) >= 0) {
                if (matched >= 0) {
                    matched = b == separator[matched] ? matched + 1 : -1;
                    if (matched == separator.length) {
                        if (start >= 0) {
                            out.add(new Range(start, lineStart));
                        }
                        inSeparator = true;
                        matched = -1;
                    }
                }
                offset++;
                if (b == '\n') {
                    lineStart = offset;
                    matched = 0;
                    if (inSeparator) {
                        inSeparator = false;
                        start = offset; // the message begins on the line after its separator
                    }
                }
            }
            if (start >= 0 && start < offset) {
                out.add(new Range(start, offset));
            }
        }
        return out;
    }

    private static InputStream open(Path file, Range r) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        ch.position(r.start());
        InputStream whole = Channels.newInputStream(ch);
        return new BufferedInputStream(new Bounded(whole, r.end() - r.start()), 1 << 16);
    }

    /** Reads at most {@code left} bytes of the underlying stream. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
