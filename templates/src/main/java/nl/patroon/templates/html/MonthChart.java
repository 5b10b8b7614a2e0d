package nl.patroon.templates.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.templates.export.ExportDocument;

/**
 * The geometry of the summary chart of confirmed incidents: one stacked bar per month (empty months included, so a quiet spell shows
 * as a gap), one colour per category. Numbers only: the template writes them as SVG attributes, never as style.
 */
final class MonthChart {
    static final int BAR = 16;
    static final int GAP = 6;
    static final int LEFT = 34;
    static final int TOP = 10;
    static final int PLOT = 150;
    static final int LABELS = 48;
    /** Colours that stay apart in print and for the common colour-vision deficiencies (Okabe-Ito, Tol). */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
            "#F0E442", "#000000", "#882255", "#44AA99", "#999933", "#AA4499", "#332288", "#117733", "#88CCEE",
            "#DDCC77", "#661100", "#6699CC", "#AA4466", "#4477AA", "#228833", "#CCBB44", "#EE6677", "#BBBBBB");

    private MonthChart() {
    }

    static Map<String, Object> model(ExportDocument doc) {
        Map<String, String> colour = new HashMap<>();
        List<Map<String, Object>> legend = new ArrayList<>();
        for (int i = 0; i < doc.categories().size(); i++) {
            ExportDocument.CategoryTotal c = doc.categories().get(i);
            colour.put(c.category(), PALETTE.get(i % PALETTE.size()));
            legend.add(Map.of("category", c.category(), "label", c.categoryNl(), "total", c.total(),
                    "colour", colour.get(c.category())));
        }
        // the bars stack categories, and an incident with two categories is in both: scale to the stack
        int max = Math.max(1, doc.months().stream().mapToInt(MonthChart::stacked).max().orElse(1));
        List<Map<String, Object>> bars = new ArrayList<>();
        List<Map<String, Object>> rects = new ArrayList<>();
        for (int i = 0; i < doc.months().size(); i++) {
            ExportDocument.Month m = doc.months().get(i);
            int x = LEFT + i * (BAR + GAP);
            double y = TOP + PLOT;
            for (ExportDocument.CategoryTotal c : doc.categories()) {
                int n = m.counts().stream().filter(k -> k.category().equals(c.category()))
                        .mapToInt(ExportDocument.Count::count).sum();
                if (n == 0) {
                    continue;
                }
                double h = (double) PLOT * n / max;
                y -= h;
                rects.add(Map.of("x", x, "y", fmt(y), "w", BAR, "h", fmt(h), "fill", colour.get(c.category()),
                        "title", m.month() + " · " + c.categoryNl() + ": " + n));
            }
            bars.add(Map.of("month", m.month(), "total", m.total(), "lx", x + BAR / 2, "ly", TOP + PLOT + 8,
                    "empty", m.total() == 0));
        }
        int width = LEFT + Math.max(1, doc.months().size()) * (BAR + GAP) + 10;
        return Map.of("rects", rects, "bars", bars, "legend", legend, "max", max, "width", width,
                "height", TOP + PLOT + LABELS, "axisY", TOP + PLOT, "axisX2", width - 6, "topY", TOP + 4,
                "empty", doc.months().isEmpty());
    }

    static int stacked(ExportDocument.Month m) {
        return m.counts().stream().mapToInt(ExportDocument.Count::count).sum();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
