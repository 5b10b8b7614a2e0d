package nl.patroon.indexer.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The matches of a pattern in a text as comparable strings (span and every group), for finder-agreement tests. */
public final class Matches {
    private Matches() {
    }

    /** What {@link Matcher#find()} finds. */
    public static List<String> viaFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    /** What the finder finds. */
    public static List<String> via(StartCharFinder f) {
        List<String> out = new ArrayList<>();
        while (f.find()) {
            out.add(describe(f.matcher()));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }
}
