package nl.patroon.templates.export;

import com.samskivert.mustache.Mustache;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The template parts the HTML and the PDF share (summary findings, family view), written as well-formed XHTML so
 * both can include them with {@code {{> findings}}} and {@code {{> family}}}; and the model flags they read.
 */
public final class SummaryTemplates {
    private static final String DIR = "/nl/patroon/templates/shared/";

    private SummaryTemplates() {
    }

    /** Loads {@code {{> name}}} from the shared folder; the including compiler's escaper applies to it too. */
    public static Mustache.TemplateLoader loader() {
        return name -> {
            InputStream in = SummaryTemplates.class.getResourceAsStream(DIR + name + ".mustache");
            if (in == null) {
                throw new IllegalArgumentException("no shared template " + name);
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            return r;
        };
    }

    /** The flags the shared parts test (a mustache section cannot ask "is this list non-empty" of a list). */
    public static void flags(ExportDocument doc, Map<String, Object> model) {
        model.put("hasOrders", !doc.orders().isEmpty());
        model.put("hasIncidents", !doc.incidents().isEmpty());
        model.put("hasRedactions", !doc.redactions().isEmpty());
        model.put("hasChosenArticles", !doc.summary().chosenArticles().isEmpty());
        model.put("hasSingleSource", !doc.summary().singleSource().isEmpty());
        model.put("hasSuggestionMonths", !doc.suggestionMonths().isEmpty());
    }
}
