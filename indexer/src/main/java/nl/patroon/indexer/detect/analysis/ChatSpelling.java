package nl.patroon.indexer.detect.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * A chat-spelling table for one language: chat form to standard form ("k" to "ik", "wr" to "waar"), one word
 * to one word. Read from a data file with lines {@code chat<TAB>standard}; {@code #} starts a comment.
 */
public record ChatSpelling(Map<String, String> table) {
    public ChatSpelling {
        table = Map.copyOf(table);
    }

    public static ChatSpelling empty() {
        return new ChatSpelling(Map.of());
    }

    public static ChatSpelling parse(Reader reader) throws IOException {
        Map<String, String> map = new HashMap<>();
        BufferedReader r = new BufferedReader(reader);
        for (String line; (line = r.readLine()) != null; ) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\\s+", 2);
            if (cols.length == 2) {
                map.put(cols[0].toLowerCase(java.util.Locale.ROOT), cols[1].strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new ChatSpelling(map);
    }

    /** This table plus {@code other}, whose entries win. */
    public ChatSpelling with(ChatSpelling other) {
        Map<String, String> map = new HashMap<>(table);
        map.putAll(other.table);
        return new ChatSpelling(map);
    }

    /** The table as a {@link CharArrayMap}, for lookups in a term buffer; a new map on each call. */
    public CharArrayMap<String> byChars() {
        CharArrayMap<String> map = new CharArrayMap<>(table.size(), false);
        table.forEach(map::put);
        return map;
    }
}
