package nl.patroon.templates.html;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.timeline.SuggestionView;
import nl.patroon.templates.export.ExportDocument;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.SummaryTemplates;
import nl.patroon.templates.export.TimelineRenderer;

/**
 * The export as one self-contained offline HTML file: inline CSS, SVG chart and a small filter script, allowed by
 * a Content-Security-Policy that names their SHA-256 and permits nothing else (no network, no other script,
 * no inline event handler). JMustache escapes every value; data never reaches the page as markup.
 */
public final class HtmlRenderer implements TimelineRenderer {
    private static final String CSS = resource("timeline.css");
    private static final String JS = resource("timeline.js");
    private final Template template;

    public HtmlRenderer() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("timeline.html.mustache")) {
            this.template = Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true)
                    .zeroIsFalse(true).withLoader(SummaryTemplates.loader())
                    .compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public byte[] render(ExportDocument doc) {
        boolean internal = "werkversie".equals(doc.audience());
        String css = CSS + pageRule(doc, internal);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("d", doc);
        model.put("css", css);
        model.put("js", JS);
        model.put("csp", "default-src 'none'; style-src '" + hash(css) + "'; script-src '" + hash(JS)
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'");
        model.put("internal", internal);
        model.put("chart", MonthChart.model(doc));
        model.put("table", table(doc));
        SummaryTemplates.flags(doc, model);
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> parties = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (ExportDocument.Entry e : doc.entries()) {
            StringBuilder cats = new StringBuilder();
            for (SuggestionView s : e.suggestions()) {
                if (cats.indexOf(s.category()) < 0) {
                    cats.append(cats.length() == 0 ? "" : " ").append(s.category());
                }
                categories.put(s.category(), s.categoryNl());
            }
            String party = partyKey(e);
            if (party != null) {
                parties.put(party, party);
            }
            if (e.sourceKind() != null) {
                sources.put(e.sourceKind(), e.sourceKind());
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("e", e);
            view.put("categories", cats.toString());
            view.put("partyKey", party);
            entries.add(view);
        }
        model.put("entries", entries);
        model.put("filterCategories", options(categories));
        model.put("filterParties", options(parties));
        model.put("filterSources", options(sources));
        return template.execute(model).getBytes(StandardCharsets.UTF_8);
    }

    private static String partyKey(ExportDocument.Entry e) {
        return e.party() != null ? e.party() : e.author();
    }

    private static List<Map<String, String>> options(Map<String, String> values) {
        List<Map<String, String>> out = new ArrayList<>();
        values.forEach((v, label) -> out.add(Map.of("value", v, "label", label)));
        return out;
    }

    /** The month table beside the chart: a row per month (empty months too), a column per category. */
    private static List<Map<String, Object>> table(ExportDocument doc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ExportDocument.Month m : doc.months()) {
            List<String> cells = new ArrayList<>();
            for (ExportDocument.CategoryTotal c : doc.categories()) {
                int n = m.counts().stream().filter(k -> k.category().equals(c.category()))
                        .mapToInt(ExportDocument.Count::count).sum();
                cells.add(n == 0 ? "" : String.valueOf(n));
            }
            rows.add(Map.of("month", m.month(), "total", m.total(), "cells", cells));
        }
        return rows;
    }

    /** The print page: A4, parketnummer in the running header, "pagina X van Y", the watermark when internal. */
    private static String pageRule(ExportDocument doc, boolean internal) {
        return "\n@media print { @page { @top-left { content: " + cssString("Tijdlijn parketnummer " + doc.parketnummer())
                + "; font-size: 9pt; }" + (internal ? " @top-right { content: \"WERKVERSIE \\2014  INTERN\";"
                + " font-size: 9pt; color: #b91c1c; font-weight: bold; }" : "") + " } }\n";
    }

    /** A CSS string literal: every character but letters, digits, space and a few safe signs as an escape. */
    static String cssString(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 128 || " /-.,:".indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return out.append('"').toString();
    }

    static String hash(String inline) {
        MessageDigest d = Sha256.digest();
        return "sha256-" + Base64.getEncoder().encodeToString(d.digest(inline.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
