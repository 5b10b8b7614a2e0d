package nl.patroon.indexer.index;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a passage document stores, and how it is read back. Every stored value but the text is one
 * binary field ({@link PassageSchema#STORED}): Lucene's indexing chain pays per field and per document, and a phone
 * holds millions of one-line messages, so ten small stored fields per message cost more than the message itself.
 * The text stays a field of its own, because the highlighter loads it by name. Documents of earlier indexes (one
 * stored field per value) are read as they were written ({@link #legacy}).
 *
 * <p>Layout, written with Lucene's {@link ByteArrayDataOutput}: a version byte, the passage id, the line (vint, 0
 * for none), a flag byte, then only what the flags announce: time (start and end as epoch millis, zone id,
 * precision name), author, party, speaker, language, the evidence hash (32 bytes, or as text when it is not
 * lower-case hex) and the suggested categories.
 */
final class StoredPassage {
    private static final byte VERSION = 1;
    private static final int TIME = 1;
    private static final int INTERVAL = 1 << 1;
    private static final int SYSTEM = 1 << 2;
    private static final int AUTHOR = 1 << 3;
    private static final int PARTY = 1 << 4;
    private static final int SPEAKER = 1 << 5;
    private static final int LANGUAGE = 1 << 6;
    private static final int HASH_AS_TEXT = 1 << 7;

    /** A passage document as read: the passage, the hash of its original (hex) and the categories suggested. */
    record Read(Passage passage, String sha256, List<String> categories) {
    }

    /**
     * The evidence hash of one item in its stored form, made once per item: its 32 bytes when it is the usual
     * lower-case hex, else the text as given.
     */
    record Hash(String hex, byte[] bytes) {
        static Hash of(String sha256) {
            boolean hex = sha256.length() == 64
                    && sha256.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
            return new Hash(sha256, hex ? HexFormat.of().parseHex(sha256) : null);
        }
    }

    private StoredPassage() {
    }

    /** The stored field of one passage; {@code text} is stored beside it, see the class comment. */
    static StoredField field(Passage p, Hash hash, List<Category> categories) {
        String id = p.id();
        EventTime time = p.time();
        String zone = time == null ? null : time.start().getZone().getId();
        String precision = time == null ? null : time.precision().name();
        // Upper bound of the encoded size: a char is at most 3 UTF-8 bytes, a length at most 5.
        int bound = 64 + utf8Bound(id) + utf8Bound(zone) + utf8Bound(precision) + utf8Bound(p.author())
                + utf8Bound(p.partyId()) + utf8Bound(p.speaker()) + utf8Bound(p.language())
                + (hash.bytes() != null ? 32 : utf8Bound(hash.hex()));
        for (int i = 0; i < categories.size(); i++) { // indexed: most passages have none, and an iterator each
            bound += utf8Bound(categories.get(i).name());
        }
        byte[] buffer = new byte[bound];
        ByteArrayDataOutput out = new ByteArrayDataOutput(buffer);
        try {
            out.writeByte(VERSION);
            writeString(out, buffer, id);
            out.writeVInt(Math.max(0, p.locator().line()));
            long start = time == null ? 0 : time.sortKey();
            long end = time == null ? 0 : time.end().toInstant().toEpochMilli();
            int flags = (time != null ? TIME : 0) | (time != null && end != start ? INTERVAL : 0)
                    | (p.system() ? SYSTEM : 0) | (p.author() != null ? AUTHOR : 0) | (p.partyId() != null ? PARTY : 0)
                    | (p.speaker() != null ? SPEAKER : 0) | (p.language() != null ? LANGUAGE : 0)
                    | (hash.bytes() == null ? HASH_AS_TEXT : 0);
            out.writeByte((byte) flags);
            if (time != null) {
                out.writeZLong(start);
                if (end != start) {
                    out.writeZLong(end);
                }
                writeString(out, buffer, zone);
                writeString(out, buffer, precision);
            }
            writeIf(out, buffer, p.author());
            writeIf(out, buffer, p.partyId());
            writeIf(out, buffer, p.speaker());
            writeIf(out, buffer, p.language());
            if (hash.bytes() != null) {
                out.writeBytes(hash.bytes(), 32);
            } else {
                writeString(out, buffer, hash.hex());
            }
            out.writeVInt(categories.size());
            for (int i = 0; i < categories.size(); i++) {
                writeString(out, buffer, categories.get(i).name());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing to a byte array", e); // ByteArrayDataOutput does no I/O
        }
        return new StoredField(PassageSchema.STORED, buffer, 0, out.getPosition());
    }

    /** Reads a passage document, of this layout or of an earlier one. */
    static Read read(Document d) {
        IndexableField stored = d.getField(PassageSchema.STORED);
        return stored == null ? legacy(d) : decode(stored.binaryValue(), d.get(PassageSchema.TEXT));
    }

    /** Only the author of a passage document, for counting without reading the text. */
    static String author(Document d) {
        IndexableField stored = d.getField(PassageSchema.STORED);
        return stored == null ? d.get(PassageSchema.AUTHOR) : decode(stored.binaryValue(), "").passage().author();
    }

    static Read decode(BytesRef bytes, String text) {
        try {
            return decode(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length), text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("reading from a byte array", e); // ByteArrayDataInput does no I/O
        }
    }

    private static Read decode(ByteArrayDataInput in, String text) throws java.io.IOException {
        byte version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("opgeslagen passage van onbekende versie " + version
                    + ": deze index is geschreven door een nieuwere Patroon");
        }
        PassageSearcher.PassageId id = PassageSearcher.PassageId.parse(in.readString());
        int line = in.readVInt();
        int flags = in.readByte() & 0xff;
        EventTime time = null;
        if ((flags & TIME) != 0) {
            long start = in.readZLong();
            long end = (flags & INTERVAL) != 0 ? in.readZLong() : start;
            ZoneId zone = ZoneId.of(in.readString());
            time = new EventTime(at(start, zone), at(end, zone), TimePrecision.valueOf(in.readString()));
        }
        String author = (flags & AUTHOR) != 0 ? in.readString() : null;
        String party = (flags & PARTY) != 0 ? in.readString() : null;
        String speaker = (flags & SPEAKER) != 0 ? in.readString() : null;
        String language = (flags & LANGUAGE) != 0 ? in.readString() : null;
        String sha256;
        if ((flags & HASH_AS_TEXT) != 0) {
            sha256 = in.readString();
        } else {
            byte[] hash = new byte[32];
            in.readBytes(hash, 0, 32);
            sha256 = HexFormat.of().formatHex(hash);
        }
        int n = in.readVInt();
        List<String> categories = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            categories.add(in.readString());
        }
        Locator code = id.locator();
        Locator locator = code.message() > 0 && line > 0 ? Locator.message(code.message(), line) : code;
        return new Read(new Passage(id.evidenceId(), locator, time, author, party, language, (flags & SYSTEM) != 0,
                text, speaker), sha256, categories);
    }

    /** A document of an index of an earlier version: one stored field per value. */
    static Read legacy(Document d) {
        EventTime time = null;
        IndexableField start = d.getField(PassageSchema.TIME_START);
        String legacyStart = d.get("time_start"); // indexes written before the lean schema of 2026-12 stored text
        if (start == null && legacyStart != null) {
            time = new EventTime(ZonedDateTime.parse(legacyStart), ZonedDateTime.parse(d.get("time_end")),
                    TimePrecision.valueOf(d.get(PassageSchema.PRECISION)));
        } else if (start != null) {
            ZoneId zone = ZoneId.of(d.get(PassageSchema.TIME_ZONE));
            IndexableField end = d.getField(PassageSchema.TIME_END);
            time = new EventTime(at(start.numericValue().longValue(), zone),
                    end == null ? null : at(end.numericValue().longValue(), zone),
                    TimePrecision.valueOf(d.get(PassageSchema.PRECISION)));
        }
        PassageSearcher.PassageId id = PassageSearcher.PassageId.parse(d.get(PassageSchema.ID));
        Locator code = id.locator();
        IndexableField line = d.getField(PassageSchema.LINE);
        Locator locator = code.message() > 0 && line != null
                ? Locator.message(code.message(), line.numericValue().intValue()) : code;
        Passage p = new Passage(id.evidenceId(), locator, time, d.get(PassageSchema.AUTHOR),
                d.get(PassageSchema.PARTY), d.get(PassageSchema.LANGUAGE),
                "true".equals(d.get(PassageSchema.SYSTEM)), d.get(PassageSchema.TEXT), d.get(PassageSchema.SPEAKER));
        return new Read(p, legacySha256(d), Arrays.asList(d.getValues(PassageSchema.CATEGORY)));
    }

    /** The hash of an earlier document: 32 bytes (2026-12-01) or hex text (before). */
    private static String legacySha256(Document d) {
        IndexableField f = d.getField(PassageSchema.SHA256);
        if (f == null) {
            return null;
        }
        BytesRef bytes = f.binaryValue();
        return bytes == null ? f.stringValue()
                : HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }

    private static ZonedDateTime at(long epochMillis, ZoneId zone) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone);
    }

    private static void writeIf(ByteArrayDataOutput out, byte[] buffer, String s) throws java.io.IOException {
        if (s != null) {
            writeString(out, buffer, s);
        }
    }

    /**
     * As {@link ByteArrayDataOutput#writeString} writes it (the UTF-8 length as a vint, then the bytes), encoded
     * straight into {@code buffer}, which {@code out} writes to, instead of through a new {@code BytesRef} per string.
     */
    private static void writeString(ByteArrayDataOutput out, byte[] buffer, String s) throws java.io.IOException {
        out.writeVInt(org.apache.lucene.util.UnicodeUtil.calcUTF16toUTF8Length(s, 0, s.length()));
        int end = org.apache.lucene.util.UnicodeUtil.UTF16toUTF8(s, 0, s.length(), buffer, out.getPosition());
        out.reset(buffer, end, buffer.length - end);
    }

    private static int utf8Bound(String s) {
        return s == null ? 0 : 3 * s.length() + 5;
    }
}
