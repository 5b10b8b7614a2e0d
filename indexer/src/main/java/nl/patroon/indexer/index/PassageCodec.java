package nl.patroon.indexer.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec, with stored fields compressed by plain LZ4 over each chunk ({@link CompressionMode#FAST})
 * instead of LZ4 with a preset dictionary. The default's dictionary is fed into LZ4's hash table again for each of a
 * chunk's ten sub-blocks, which pays off when single documents are read at random across a large index; a case index
 * instead stores a small record and the text of every message of a phone, and reads back only the few documents a
 * search shows. On the ingest's C1-compiled code the default's compression was about 6% of a chat ingest's CPU
 * samples; with this one, Lucene's time per message fell by about a tenth and the index of the default bench corpus
 * was no larger (see {@code docs/BENCHMARKS.md}).
 *
 * <p>Registered for Lucene's SPI under {@link #NAME}: a segment records its codec's name and is read back through it,
 * so the name, this class and the format's name must stay as they are for as long as indexes written with them must
 * open. Segments written before this codec keep Lucene's own and are read by it.
 */
public final class PassageCodec extends FilterCodec {
    public static final String NAME = "PatroonPassages912";

    /** The chunk size and documents per chunk of Lucene's own BEST_SPEED mode. */
    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "PatroonStoredFieldsFast", CompressionMode.FAST, 80 * 1024, 1024, 10);

    public PassageCodec() {
        super(NAME, new Lucene912Codec()); // not Codec.forName: this constructor runs while Lucene loads its codecs
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
