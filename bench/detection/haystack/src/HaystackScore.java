import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a haystack run: reads the timeline export (tijdlijn.json), truth.tsv and haystack.json and prints
 *
 * <ul>
 *   <li><b>found</b>: planted incidents with at least one of their messages in the default timeline, on the right
 *       date (±1 day) and with evidence (an exhibit id); also how many of those carry an expected category;</li>
 *   <li><b>false</b>: default-timeline entries that match no planted message, per 10,000 ordinary messages
 *       (and the number of suggestions on them).</li>
 * </ul>
 *
 * The default timeline is every entry with at least one suggestion whose {@code relevance} is absent or not
 * "other" and whose state is not "rejected" (the export may or may not already leave "other" out).
 *
 * <pre>java -cp "shell/target/patroon-app/lib/*" HaystackScore.java TIJDLIJN.json TRUTH.tsv HAYSTACK.json [REPORT.txt]</pre>
 */
public final class HaystackScore {
    record Planted(String incident, LocalDate date, String categories, String chat, String text) {}

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode export = json.readTree(Path.of(args[0]).toFile());
        JsonNode haystack = json.readTree(Path.of(args[2]).toFile());
        long ordinary = haystack.path("ordinaryMessages").asLong();

        Map<String, List<Planted>> byText = new HashMap<>();
        Map<String, List<Planted>> byIncident = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Planted p = new Planted(f[0], LocalDate.parse(f[1]), f[3], f[4], f[7]);
            byText.computeIfAbsent(norm(p.text()), k -> new ArrayList<>()).add(p);
            byIncident.computeIfAbsent(p.incident(), k -> new ArrayList<>()).add(p);
        }
        Map<String, String> exhibitNames = new HashMap<>();
        for (JsonNode x : export.path("exhibits")) {
            exhibitNames.put(x.path("id").asText(), x.path("name").asText());
        }

        Set<String> found = new LinkedHashSet<>();
        Set<String> foundWithCategory = new LinkedHashSet<>();
        int entries = 0;
        int defaultEntries = 0;
        int falseEntries = 0;
        int falseSuggestions = 0;
        int otherOnlyEntries = 0;
        Map<String, Integer> falseByCategory = new TreeMap<>();
        Map<String, Integer> falseByChat = new TreeMap<>();
        Map<String, Integer> falseByText = new HashMap<>();
        for (JsonNode e : export.path("entries")) {
            entries++;
            List<JsonNode> shown = new ArrayList<>();
            for (JsonNode s : e.path("suggestions")) {
                String relevance = s.path("relevance").asText("").toLowerCase(Locale.ROOT);
                if (!relevance.equals("other") && !s.path("state").asText("").equals("rejected")) {
                    shown.add(s);
                }
            }
            if (shown.isEmpty()) {
                if (e.path("suggestions").size() > 0) {
                    otherOnlyEntries++;
                }
                continue;
            }
            defaultEntries++;
            List<Planted> match = match(e, byText);
            if (!match.isEmpty() && !evidenceOf(e).isEmpty()) {
                for (Planted p : match) {
                    found.add(p.incident());
                    for (JsonNode s : shown) {
                        if (List.of(p.categories().split(",")).contains(s.path("category").asText())) {
                            foundWithCategory.add(p.incident());
                        }
                    }
                }
                continue;
            }
            falseEntries++;
            falseSuggestions += shown.size();
            for (JsonNode s : shown) {
                falseByCategory.merge(s.path("category").asText(), 1, Integer::sum);
            }
            falseByChat.merge(exhibitNames.getOrDefault(e.path("evidenceId").asText(), "?"), 1, Integer::sum);
            String key = shown.get(0).path("category").asText() + "  " + e.path("text").asText().replace('\n', ' ');
            falseByText.merge(key, 1, Integer::sum);
        }

        int incidents = byIncident.size();
        double per10k = ordinary == 0 ? 0 : falseEntries * 10000.0 / ordinary;
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "messages: %d distinct (%d in files), %d ordinary, %d planted in %d incidents%n",
                haystack.path("messagesDistinct").asLong(), haystack.path("messagesInFiles").asLong(), ordinary,
                haystack.path("plantedMessages").asLong(), incidents));
        r.append(String.format(Locale.ROOT, "timeline: %d entries, %d in the default timeline, %d with only 'other' suggestions%n",
                entries, defaultEntries, otherOnlyEntries));
        r.append(String.format(Locale.ROOT, "found: %d/%d planted incidents (%.1f%%) in the default timeline, date ±1 day, with evidence;"
                + " %d (%.1f%%) also with an expected category%n", found.size(), incidents, pct(found.size(), incidents),
                foundWithCategory.size(), pct(foundWithCategory.size(), incidents)));
        r.append(String.format(Locale.ROOT, "false: %d entries (%d suggestions) matching no planted message = %.1f entries"
                + " (%.1f suggestions) per 10,000 ordinary messages%n", falseEntries, falseSuggestions, per10k,
                ordinary == 0 ? 0 : falseSuggestions * 10000.0 / ordinary));
        r.append("\nfound per expected category (an incident counts under each of its categories):\n");
        Map<String, int[]> perCategory = new TreeMap<>();
        for (var inc : byIncident.entrySet()) {
            for (String c : inc.getValue().get(0).categories().split(",")) {
                int[] n = perCategory.computeIfAbsent(c, k -> new int[2]);
                n[1]++;
                if (found.contains(inc.getKey())) {
                    n[0]++;
                }
            }
        }
        perCategory.forEach((c, n) -> r.append(String.format(Locale.ROOT, "  %-20s %3d/%-3d%n", c, n[0], n[1])));
        r.append("\nmissed incidents:\n");
        for (var inc : byIncident.entrySet()) {
            if (!found.contains(inc.getKey())) {
                Planted p = inc.getValue().get(0);
                r.append(String.format(Locale.ROOT, "  %s %s %-12s %-40s %s%n", p.incident(), p.date(), p.chat(),
                        p.categories(), p.text()));
            }
        }
        r.append("\nfalse suggestions per category:\n");
        falseByCategory.forEach((c, n) -> r.append(String.format(Locale.ROOT, "  %-20s %6d%n", c, n)));
        r.append("\nfalse entries per chat export:\n");
        falseByChat.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey())).forEach(x -> r.append(String.format(Locale.ROOT, "  %6d  %s%n",
                x.getValue(), x.getKey())));
        r.append("\nmost frequent false entries (first category, text):\n");
        falseByText.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey())).limit(25).forEach(x -> r.append(String.format(Locale.ROOT,
                "  %5d  %s%n", x.getValue(), x.getKey())));
        String summary = String.format(Locale.ROOT, "{\"incidents\": %d, \"found\": %d, \"foundPct\": %.1f, "
                + "\"foundWithCategory\": %d, \"falseEntries\": %d, \"falseSuggestions\": %d, \"ordinaryMessages\": %d, "
                + "\"falsePer10k\": %.1f, \"defaultTimelineEntries\": %d}", incidents, found.size(),
                pct(found.size(), incidents), foundWithCategory.size(), falseEntries, falseSuggestions, ordinary, per10k,
                defaultEntries);
        r.append("\n").append(summary).append("\n");
        System.out.print(r);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), r.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Planted messages this entry shows: same text (or containing a longer planted text), date within a day. */
    static List<Planted> match(JsonNode e, Map<String, List<Planted>> byText) {
        String time = e.path("time").asText("");
        if (time.length() < 10) {
            return List.of();
        }
        LocalDate date = LocalDate.parse(time.substring(0, 10));
        String text = norm(e.path("text").asText(""));
        List<Planted> out = new ArrayList<>();
        for (Planted p : byText.getOrDefault(text, List.of())) {
            if (Math.abs(ChronoUnit.DAYS.between(p.date(), date)) <= 1) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            for (var x : byText.entrySet()) {
                if (x.getKey().length() >= 20 && text.contains(x.getKey())) {
                    for (Planted p : x.getValue()) {
                        if (Math.abs(ChronoUnit.DAYS.between(p.date(), date)) <= 1) {
                            out.add(p);
                        }
                    }
                }
            }
        }
        return out;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    /** The entry's evidence id: its own field in the first export schema, the part of its passage id before ':' since. */
    static String evidenceOf(JsonNode e) {
        String own = e.path("evidenceId").asText("");
        if (!own.isEmpty()) {
            return own;
        }
        String id = e.path("id").asText("");
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }
}
