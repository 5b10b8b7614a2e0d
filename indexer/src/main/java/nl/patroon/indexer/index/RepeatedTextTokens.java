package nl.patroon.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.indexer.support.BoundedMemo;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The analysed tokens of short texts that recur, per field, replayed into the index instead of analysed again.
 * A phone export is full of the same short messages ("ok", "ja", "waar ben je?"); analysis is a pure function of
 * field and text, so replaying what the analyzer produced the first time gives the very same index. Thread-safe
 * (the recorded tokens are never changed; a stream is reused only by the indexing thread Lucene handed it to);
 * bounded: only texts up to {@link #MAX_TEXT} characters, at most {@link #CAPACITY} of them ({@link BoundedMemo}).
 */
final class RepeatedTextTokens {
    static final int MAX_TEXT = 200;
    static final int CAPACITY = 20_000;
    /** {@code -Dpatroon.index.cache=0} analyses every text afresh, to measure without the replay. */
    static final boolean ENABLED = !"0".equals(System.getProperty("patroon.index.cache"));

    /** What the analyzer produced for one field value, including the state after {@code end()}. */
    record Tokens(BytesRef[] terms, int[] positionIncrements, int[] starts, int[] ends, int finalIncrement,
                  int finalOffset) {
    }

    private record FieldText(String field, String text) {
    }

    private final Analyzer analyzer;
    private final BoundedMemo<FieldText, Tokens> recorded = new BoundedMemo<>(CAPACITY);

    RepeatedTextTokens(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The indexed, unstored field for {@code text}: its tokens replayed ({@link ReplayedField}, recorded the first
     * time) when the text is short enough to be kept, else a plain field that the analyzer analyses.
     */
    org.apache.lucene.document.Field field(String field, String text, org.apache.lucene.index.IndexableFieldType type) {
        if (text.length() > MAX_TEXT) {
            return new org.apache.lucene.document.Field(field, text, type);
        }
        Tokens tokens = recorded.get(new FieldText(field, text), k -> analyse(analyzer, field, text));
        return new ReplayedField(field, text, tokens, type);
    }

    /**
     * An indexed, unstored text field whose tokens are replayed. Lucene hands a field the stream it used last for
     * the same field in the same indexing thread; this field replays into that stream when it is a {@link Replay},
     * so a message costs no new token stream and attributes (as Lucene's own {@code StringField} reuses its stream).
     */
    static final class ReplayedField extends org.apache.lucene.document.Field {
        private final Tokens tokens;

        ReplayedField(String name, String text, Tokens tokens, org.apache.lucene.index.IndexableFieldType type) {
            super(name, text, type);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            if (reuse instanceof Replay r) {
                r.replay(tokens);
                return r;
            }
            return new Replay(tokens);
        }
    }

    static Tokens analyse(Analyzer analyzer, String field, String text) {
        List<BytesRef> terms = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
                positions.add(new int[] {inc.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
            }
            ts.end();
            int n = terms.size();
            int[] incs = new int[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                incs[i] = positions.get(i)[0];
                starts[i] = positions.get(i)[1];
                ends[i] = positions.get(i)[2];
            }
            return new Tokens(terms.toArray(BytesRef[]::new), incs, starts, ends, inc.getPositionIncrement(),
                    offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
    }

    /** Plays recorded tokens back with the attributes the indexing chain reads. */
    static final class Replay extends TokenStream {
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private Tokens tokens;
        private int next;

        Replay(Tokens tokens) {
            this.tokens = tokens;
        }

        /** The next field value's tokens; Lucene resets the stream before it reads them. */
        void replay(Tokens next) {
            this.tokens = next;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.terms().length) {
                return false;
            }
            clearAttributes();
            term.setBytesRef(tokens.terms()[next]);
            inc.setPositionIncrement(tokens.positionIncrements()[next]);
            offset.setOffset(tokens.starts()[next], tokens.ends()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            inc.setPositionIncrement(tokens.finalIncrement());
            offset.setOffset(tokens.finalOffset(), tokens.finalOffset());
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
