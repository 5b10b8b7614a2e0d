package nl.patroon.core.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A detector that is one regular expression (group 0 is removed), optionally with a check on each match. */
class PatternDetector implements Detector {
    private final String id;
    private final Pattern pattern;
    private final String label;
    private final Predicate<String> accept;

    PatternDetector(String id, Pattern pattern, String label, Predicate<String> accept) {
        this.id = id;
        this.pattern = pattern;
        this.label = label;
        this.accept = accept;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && accept.test(m.group())) {
                out.add(new Span(m.start(), m.end(), label, id));
            }
        }
        return out;
    }
}
