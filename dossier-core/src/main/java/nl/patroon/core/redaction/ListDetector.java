package nl.patroon.core.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the terms of the case's redaction list, as whole words, ignoring case and differences in white space. */
final class ListDetector implements Detector {
    private final List<Compiled> terms;

    private record Compiled(Pattern pattern, String label) {
    }

    ListDetector(RedactionList list) {
        List<RedactionList.Term> sorted = new ArrayList<>(list.terms());
        // longer terms first so that "Basisschool De Regenboog" wins over "De Regenboog" where both match
        sorted.sort(Comparator.comparingInt((RedactionList.Term t) -> -t.text().length()));
        this.terms = sorted.stream().map(t -> new Compiled(compile(t.text()), t.label())).toList();
    }

    private static Pattern compile(String term) {
        String[] words = term.strip().split("\\s+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        re.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    @Override
    public String id() {
        return "lijst";
    }

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Compiled c : terms) {
            Matcher m = c.pattern().matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), c.label(), id()));
            }
        }
        return out;
    }
}
