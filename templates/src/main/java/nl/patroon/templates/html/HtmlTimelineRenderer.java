package nl.patroon.templates.html;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.patroon.core.timeline.CategoryCount;
import nl.patroon.core.timeline.Timeline;

/**
 * Renders a {@link Timeline} as one self-contained, offline HTML file (no scripts, no external resources).
 * The template engine (JMustache) escapes every value; the template never receives markup from data.
 */
public final class HtmlTimelineRenderer {
    private final Template template;

    public HtmlTimelineRenderer() {
        try (InputStream in = HtmlTimelineRenderer.class.getResourceAsStream("timeline.html.mustache")) {
            this.template = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                    .compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void render(Timeline timeline, Writer out) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", timeline);
        model.put("hasEntries", !timeline.entries().isEmpty());
        model.put("matrix", matrix(timeline.counts()));
        template.execute(model, out);
    }

    /** Counts as a month × category table, the chart of the summary page. */
    static Map<String, Object> matrix(List<CategoryCount> counts) {
        TreeSet<String> months = new TreeSet<>();
        Map<String, String> categories = new java.util.TreeMap<>();
        Map<String, Integer> cell = new java.util.HashMap<>();
        int max = 1;
        for (CategoryCount c : counts) {
            months.add(c.month());
            categories.put(c.category(), c.categoryNl());
            cell.put(c.month() + "|" + c.category(), c.count());
            max = Math.max(max, c.count());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, String> cat : categories.entrySet()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String m : months) {
                int n = cell.getOrDefault(m + "|" + cat.getKey(), 0);
                cells.add(Map.of("n", n == 0 ? "" : String.valueOf(n), "level", n == 0 ? 0 : 1 + (4 * n - 1) / max));
            }
            rows.add(Map.of("category", cat.getKey(), "categoryNl", cat.getValue(), "cells", cells));
        }
        return Map.of("months", List.copyOf(months), "rows", rows, "empty", counts.isEmpty());
    }
}
