package nl.patroon.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A read-time view of a large MIME e-mail without the bodies of its top-level attachments, for reading its text with
 * Tika. Tika's e-mail parser copies every top-level part into memory before it decides whether the part is the body,
 * so an e-mail with an attachment of a few hundred MB ran a parse worker out of heap and the e-mail failed as a whole,
 * its text lost; the attachments are read as items of their own anyway ({@link MailAttachments}). The original is
 * never changed: the view only skips byte ranges while reading it.
 *
 * <p>The ranges come from a scan of the raw lines for the top-level boundary, and are used only when that scan finds
 * exactly the parts mime4j found; otherwise the e-mail is read whole, as before.
 */
final class MailTextView {
    /** Smaller e-mails are read whole: Tika's copies of them fit a worker easily. */
    static final long THRESHOLD = 16L << 20;

    private MailTextView() {
    }

    /** The view for {@code file}, or null when the file is to be read as it is. */
    static InputStream open(Path file, long threshold) throws IOException {
        if (java.nio.file.Files.size(file) < threshold) {
            return null;
        }
        MailAttachments.TopLevel top;
        try {
            top = MailAttachments.topLevel(file);
        } catch (org.apache.james.mime4j.MimeException e) {
            return null; // Tika's own read will say what is wrong
        }
        if (top == null || top.skipped().isEmpty()) {
            return null;
        }
        List<long[]> ranges = bodyRanges(file, top.boundary(), top.parts(), top.skipped());
        return ranges == null || ranges.isEmpty() ? null : new Elided(file, ranges);
    }

    /**
     * The byte ranges of the bodies of top-level parts {@code skipped} (numbered from 0), found by their delimiter
     * lines ({@code --boundary}, RFC 2046); null when the scan does not see {@code parts} parts.
     */
    static List<long[]> bodyRanges(Path file, String boundary, int parts, Set<Integer> skipped) throws IOException {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<long[]> ranges = new ArrayList<>();
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            LineReader lines = new LineReader(in, delimiter.length + 2);
            int part = -1;
            boolean inHeader = false;
            long bodyStart = -1;
            boolean closed = false;
            for (long lineStart; (lineStart = lines.next()) >= 0; ) {
                if (lines.isDelimiter(delimiter)) {
                    if (bodyStart >= 0) {
                        // the line break before a delimiter belongs to the delimiter (RFC 2046)
                        ranges.add(new long[]{bodyStart, Math.max(bodyStart, lineStart - lines.previousBreak())});
                        bodyStart = -1;
                    }
                    if (lines.isCloseDelimiter(delimiter)) {
                        closed = true;
                        break;
                    }
                    part++;
                    inHeader = true;
                } else if (inHeader && lines.isEmpty()) {
                    inHeader = false;
                    if (skipped.contains(part)) {
                        bodyStart = lines.end();
                    }
                }
            }
            if (!closed || part + 1 != parts || ranges.size() != skipped.size()) {
                return null;
            }
        }
        return ranges;
    }

    /**
     * Reads lines of raw bytes from its own buffer (a scan of a file of hundreds of MB: a call per byte through a
     * synchronized {@code BufferedInputStream} took 3.4 s for 468 MB), remembering where each line starts and only its
     * first bytes.
     */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private final byte[] head;
        private int headLength;
        private long position;
        private long end;
        private int lineBreak;
        private int previousBreak;
        private boolean emptyContent;

        LineReader(InputStream in, int keep) {
            this.in = in;
            this.head = new byte[keep + 4];
        }

        /** The next byte without consuming it, or -1 at the end of the file. */
        private int peek() throws IOException {
            if (pos == limit) {
                limit = Math.max(0, in.read(buf));
                pos = 0;
            }
            return pos < limit ? buf[pos] & 0xff : -1;
        }

        /** Reads the next line; returns its start offset, or -1 at the end of the file. */
        long next() throws IOException {
            long start = position;
            headLength = 0;
            previousBreak = lineBreak;
            lineBreak = 0;
            long content = 0;
            while (peek() >= 0) {
                int i = pos;
                while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
                    i++;
                }
                keep(pos, i - pos);
                content += i - pos;
                position += i - pos;
                pos = i;
                if (i == limit) {
                    continue; // the line goes on in the next buffer
                }
                pos++;
                position++;
                if (buf[i] == '\n') {
                    lineBreak = 1;
                    break;
                }
                if (peek() == '\n') {
                    pos++;
                    position++;
                    lineBreak = 2;
                    break;
                }
                content++; // a lone CR is part of the line (written as such: peek may have refilled the buffer)
                if (headLength < head.length) {
                    head[headLength++] = '\r';
                }
            }
            if (position == start) {
                return -1;
            }
            end = position;
            emptyContent = content == 0;
            return start;
        }

        private void keep(int from, int n) {
            int k = Math.min(n, head.length - headLength);
            if (k > 0) {
                System.arraycopy(buf, from, head, headLength, k);
                headLength += k;
            }
        }

        long end() {
            return end;
        }

        int previousBreak() {
            return previousBreak;
        }

        boolean isEmpty() {
            return emptyContent;
        }

        boolean isDelimiter(byte[] delimiter) {
            if (headLength < delimiter.length) {
                return false;
            }
            for (int i = 0; i < delimiter.length; i++) {
                if (head[i] != delimiter[i]) {
                    return false;
                }
            }
            // then only "--" and/or linear white space (checked within the bytes kept)
            for (int i = delimiter.length; i < headLength; i++) {
                byte c = head[i];
                if (c != ' ' && c != '\t' && !(c == '-' && i < delimiter.length + 2)) {
                    return false;
                }
            }
            return true;
        }

        boolean isCloseDelimiter(byte[] delimiter) {
            return headLength >= delimiter.length + 2 && head[delimiter.length] == '-'
                    && head[delimiter.length + 1] == '-';
        }
    }

    /** The file's bytes with the given ranges left out. */
    private static final class Elided extends InputStream {
        private final FileChannel channel;
        private final List<long[]> ranges;
        private final long size;
        private long position;
        private int next;

        Elided(Path file, List<long[]> ranges) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            this.ranges = ranges;
            this.size = channel.size();
        }

        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (next < ranges.size() && position >= ranges.get(next)[0]) {
                position = Math.max(position, ranges.get(next)[1]);
                next++;
            }
            long limit = next < ranges.size() ? ranges.get(next)[0] : size;
            if (position >= limit) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, limit - position)), position);
            if (n < 0) {
                return -1;
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
