package nl.patroon.indexer.solr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case search syntax, as the embedded index reads it, turned into the shared collection's fields: a quoted
 * phrase matches the words as written ({@code text}), a wildcard term too, a bare word matches every word with the
 * same Dutch stem ({@code text_stem}, the handler's default field). Operators, parentheses and fielded clauses pass
 * through unchanged.
 */
final class SharedQuery {
    private static final Pattern PART = Pattern.compile("\"[^\"]*\"(~\\d+)?|[^\\s()\"]+");

    private SharedQuery() {
    }

    static String toEdismax(String query) {
        Matcher m = PART.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = m.group();
            String replacement = part;
            if (part.startsWith("\"")) {
                replacement = "text:" + part;
            } else if (!part.contains(":") && (part.contains("*") || part.contains("?")) && !isOperator(part)) {
                String sign = part.startsWith("+") || part.startsWith("-") ? part.substring(0, 1) : "";
                replacement = sign + "text:" + part.substring(sign.length());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isOperator(String s) {
        return s.equals("AND") || s.equals("OR") || s.equals("NOT");
    }
}
