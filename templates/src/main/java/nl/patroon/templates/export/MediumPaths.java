package nl.patroon.templates.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.timeline.Exhibit;

/**
 * The path of each exhibit relative to the seized medium, never the investigator's own disk: the ingest records
 * paths as they were given ({@code /home/rechercheur/beslag/telefoon/chat.txt}); an export shows them from the
 * folder the inputs had in common ({@code telefoon/chat.txt}), and an archive member as
 * {@code archief.zip!/map/bericht.eml}. A single input file shows as its own name.
 */
public final class MediumPaths {
    private MediumPaths() {
    }

    /** Exhibit id → path relative to the common folder of the top-level originals. */
    public static Map<String, String> relative(List<Exhibit> exhibits) {
        List<String[]> outer = new ArrayList<>();
        for (Exhibit x : exhibits) {
            outer.add(segments(outerPart(x.originalPath())));
        }
        int common = commonDirectoryDepth(outer);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit x = exhibits.get(i);
            String[] seg = outer.get(i);
            String inner = innerPart(x.originalPath());
            String rel = String.join("/", java.util.Arrays.copyOfRange(seg, Math.min(common, seg.length - 1), seg.length));
            out.put(x.id(), inner == null ? rel : rel + "!/" + inner);
        }
        return out;
    }

    private static String outerPart(String path) {
        int bang = path.indexOf("!/");
        return bang < 0 ? path : path.substring(0, bang);
    }

    private static String innerPart(String path) {
        int bang = path.indexOf("!/");
        return bang < 0 ? null : path.substring(bang + 2);
    }

    /** Folder names and the file name, without drive letter, root, "." or empty parts. */
    static String[] segments(String path) {
        String p = path.replace('\\', '/').replaceFirst("^[A-Za-z]:", "");
        List<String> parts = new ArrayList<>();
        for (String s : p.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(s);
        }
        if (parts.isEmpty()) {
            parts.add("(onbekend)");
        }
        return parts.toArray(String[]::new);
    }

    /** How many leading folders every path shares (file names never count as a shared folder). */
    private static int commonDirectoryDepth(List<String[]> paths) {
        if (paths.isEmpty()) {
            return 0;
        }
        int depth = Integer.MAX_VALUE;
        for (String[] p : paths) {
            depth = Math.min(depth, p.length - 1);
        }
        String[] first = paths.get(0);
        for (int d = 0; d < depth; d++) {
            for (String[] p : paths) {
                if (!p[d].equals(first[d])) {
                    return d;
                }
            }
        }
        return depth;
    }
}
